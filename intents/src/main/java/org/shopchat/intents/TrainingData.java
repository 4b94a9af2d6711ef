package org.shopchat.intents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads our own data format.
 *
 * <ul>
 *   <li>A directory holds one file per intent, {@code <intent>.txt}, one utterance per line.</li>
 *   <li>A single file holds {@code <intent><TAB><utterance>} per line.</li>
 * </ul>
 * In both, blank lines and lines starting with {@code #} (source and licence notes) are skipped. Files are UTF-8.
 */
public final class TrainingData {

    private TrainingData() {
    }

    /** Reads a directory of {@code <intent>.txt} files, or a single tab-separated file. */
    public static List<LabeledUtterance> read(Path path) {
        if (Files.isDirectory(path)) {
            return fromDirectory(path);
        }
        return fromTabSeparatedFile(path);
    }

    public static List<LabeledUtterance> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidDataException(directory + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidDataException(directory + ": cannot list directory (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new InvalidDataException(directory + ": no <intent>.txt files");
        }
        List<LabeledUtterance> data = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".txt".length());
            IntentName intent;
            try {
                intent = new IntentName(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(file + ": file name is not an intent name (" + e.getMessage() + ")");
            }
            try (InputStream in = Files.newInputStream(file)) {
                data.addAll(readIntentFile(in, intent, file.toString()));
            } catch (IOException e) {
                throw new InvalidDataException(file + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        return List.copyOf(data);
    }

    /** Utterances of one intent, one per line. */
    public static List<LabeledUtterance> readIntentFile(InputStream in, IntentName intent, String source) {
        List<LabeledUtterance> data = new ArrayList<>();
        forEachLine(in, source, (line, number) -> data.add(new LabeledUtterance(intent, line)));
        if (data.isEmpty()) {
            throw new InvalidDataException(source + ": no utterances");
        }
        return data;
    }

    public static List<LabeledUtterance> fromTabSeparatedFile(Path file) {
        List<LabeledUtterance> data = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            forEachLine(in, file.toString(), (line, number) -> {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new InvalidDataException(file + ":" + number + ": expected <intent><TAB><utterance>");
                }
                String name = line.substring(0, tab).strip();
                String text = line.substring(tab + 1).strip();
                if (text.isEmpty()) {
                    throw new InvalidDataException(file + ":" + number + ": empty utterance");
                }
                try {
                    data.add(new LabeledUtterance(new IntentName(name), text));
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(file + ":" + number + ": " + e.getMessage());
                }
            });
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (data.isEmpty()) {
            throw new InvalidDataException(file + ": no utterances");
        }
        return List.copyOf(data);
    }

    private interface LineHandler {
        void accept(String line, int number);
    }

    private static void forEachLine(InputStream in, String source, LineHandler handler) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                String stripped = line.strip();
                if (number == 1 && stripped.startsWith("\uFEFF")) {
                    stripped = stripped.substring(1).strip();
                }
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                handler.accept(stripped, number);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(source + ":" + (number + 1) + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read", e);
        }
    }
}
