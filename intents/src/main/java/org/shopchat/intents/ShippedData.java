package org.shopchat.intents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The intent data shipped with this library (written for this project, Apache-2.0), read from the classpath:
 * {@code intents-data/train/<intent>.txt} to train the shipped model, {@code intents-data/heldout/<intent>.txt}
 * written separately to test it.
 */
public final class ShippedData {

    static final String TRAIN = "intents-data/train";
    static final String HELD_OUT = "intents-data/heldout";

    private ShippedData() {
    }

    public static List<LabeledUtterance> training() {
        return readClasspathDirectory(TRAIN);
    }

    public static List<LabeledUtterance> heldOut() {
        return readClasspathDirectory(HELD_OUT);
    }

    private static List<LabeledUtterance> readClasspathDirectory(String resource) {
        URL url = ShippedData.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new InvalidDataException("classpath resource " + resource + " is missing");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                // Inside the fat jar or the library jar: read the directory through the zip file system.
                try (FileSystem jar = openJar(uri)) {
                    return TrainingData.fromDirectory(jar.getPath(resource));
                } catch (FileSystemAlreadyExistsException e) {
                    return TrainingData.fromDirectory(FileSystems.getFileSystem(uri).getPath(resource));
                }
            }
            return TrainingData.fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new InvalidDataException("cannot read classpath resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }

    /** Opens a classpath resource of this library, failing with a clear message when it is missing. */
    static InputStream resource(String name) {
        InputStream in = ShippedData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + name + " is missing from the intents library");
        }
        return in;
    }
}
