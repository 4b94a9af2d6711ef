package org.shopchat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmarks' temporary work directories (databases, data) and their removal afterwards. */
public final class TempDirectories {

    private TempDirectories() {
    }

    /** Deletes the directory and everything in it, deepest first; a file that cannot be deleted stays. */
    public static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
