package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the public benchmark files are: {@code -Ddatasets.dir}, set by the parent pom for surefire. */
final class EvalData {

    private EvalData() {
    }

    static Path file(String relative) {
        Path dir = Path.of(System.getProperty("datasets.dir", "../shared/datasets"));
        Path file = dir.resolve(relative);
        assertThat(Files.isRegularFile(file))
                .as("benchmark file %s is missing; set -Ddatasets.dir to the shared datasets folder", file)
                .isTrue();
        return file;
    }
}
