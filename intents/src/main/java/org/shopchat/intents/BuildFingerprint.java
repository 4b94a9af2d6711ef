package org.shopchat.intents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 over every file of a directory tree (names and bytes, in sorted order), leaving out the given files. */
final class BuildFingerprint {

    private BuildFingerprint() {
    }

    static String of(Path root, Path... excluded) throws IOException {
        List<Path> skip = Stream.of(excluded).map(p -> p.toAbsolutePath().normalize()).toList();
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> !skip.contains(p.toAbsolutePath().normalize()))
                    .sorted()
                    .toList()) {
                digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(read(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
