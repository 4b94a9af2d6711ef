package org.shopchat.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The raw text of every knowledge base file, keyed by its path relative to {@code kb/} with '/' separators.
 * {@code kb/index.txt} lists the files so that they can be read from a jar, where folders cannot be listed.
 *
 * @param index the entries of {@code index.txt} in file order (empty when there is none)
 */
public record ContentFiles(SortedMap<String, String> byPath, List<String> index) {

    public static final String INDEX = "index.txt";
    public static final String CLASSPATH_ROOT = "kb/";

    public ContentFiles {
        byPath = Collections.unmodifiableSortedMap(new TreeMap<>(byPath));
        index = List.copyOf(index);
    }

    /** Reads every file under {@code kbDir} (and its index, which the validator compares with the folder). */
    public static ContentFiles fromDirectory(Path kbDir) {
        if (!Files.isDirectory(kbDir)) {
            throw new ContentException(List.of(new ContentProblem(kbDir.toString(), 0, "is not a folder")));
        }
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(kbDir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = kbDir.relativize(path).toString().replace('\\', '/');
                if (!relative.equals(INDEX)) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
            Path index = kbDir.resolve(INDEX);
            List<String> entries = Files.exists(index) ? indexEntries(Files.readString(index)) : List.of();
            return new ContentFiles(files, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base folder " + kbDir, e);
        }
    }

    /** Reads the files listed in {@code kb/index.txt} from the class path (works inside a jar). */
    public static ContentFiles fromClasspath(ClassLoader loader) {
        String indexText = resource(loader, CLASSPATH_ROOT + INDEX);
        if (indexText == null) {
            throw new ContentException(List.of(new ContentProblem(INDEX, 0, "kb/index.txt is not on the class path")));
        }
        List<String> entries = indexEntries(indexText);
        SortedMap<String, String> files = new TreeMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (String entry : entries) {
            String text = resource(loader, CLASSPATH_ROOT + entry);
            if (text == null) {
                problems.add(new ContentProblem(INDEX, 0, "lists '" + entry + "', which is not on the class path"));
            } else {
                files.put(entry, text);
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new ContentFiles(files, entries);
    }

    public static ContentFiles fromClasspath() {
        return fromClasspath(ContentFiles.class.getClassLoader());
    }

    /** The index lines, without comments (#) and blank lines. */
    static List<String> indexEntries(String indexText) {
        return indexText.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** What {@code index.txt} must contain for these files. */
    public String expectedIndex() {
        StringBuilder out = new StringBuilder("# Every file of the knowledge base, relative to kb/; read by ContentFiles.fromClasspath.\n"
                + "# Written for this project, Apache-2.0. Kept in step with the folder by ContentValidator.\n");
        byPath.keySet().forEach(path -> out.append(path).append('\n'));
        return out.toString();
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path resource " + name, e);
        }
    }
}
