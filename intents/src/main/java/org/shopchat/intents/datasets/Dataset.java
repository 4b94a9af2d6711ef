package org.shopchat.intents.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.shopchat.intents.InvalidDataException;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.TrainingData;

/**
 * A labelled data set named on the command line, read by the reader its file type calls for:
 * a directory of {@code <intent>.txt} or a tab-separated {@code .txt/.tsv} (ours), a {@code .csv} (Banking77), or a
 * {@code .json} (CLINC150). For CLINC150 the keys can be chosen with {@code file.json#val,oos_val}; without them
 * the role decides (train → train+oos_train, validation → val+oos_val, test → test+oos_test).
 */
public record Dataset(Path path, List<String> jsonKeys) {

    public enum Role { TRAIN, VALIDATION, TEST }

    public Dataset {
        jsonKeys = List.copyOf(jsonKeys);
    }

    public static Dataset parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidDataException("empty data set path");
        }
        int hash = spec.lastIndexOf('#');
        if (hash > 0 && spec.substring(0, hash).toLowerCase(Locale.ROOT).endsWith(".json")) {
            List<String> keys = Arrays.stream(spec.substring(hash + 1).split(",")).map(String::strip)
                    .filter(k -> !k.isEmpty()).toList();
            if (keys.isEmpty()) {
                throw new InvalidDataException(spec + ": no JSON keys after '#'");
            }
            return new Dataset(Path.of(spec.substring(0, hash)), keys);
        }
        return new Dataset(Path.of(spec), List.of());
    }

    public boolean isClinc150() {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public List<LabeledUtterance> read(Role role) {
        if (!Files.exists(path)) {
            throw new InvalidDataException(path + ": no such file or directory");
        }
        if (Files.isDirectory(path)) {
            return TrainingData.fromDirectory(path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Banking77.read(path);
        }
        if (name.endsWith(".json")) {
            return Clinc150.read(path, jsonKeys.isEmpty() ? defaultKeys(role) : jsonKeys);
        }
        if (name.endsWith(".txt") || name.endsWith(".tsv")) {
            return TrainingData.fromTabSeparatedFile(path);
        }
        throw new InvalidDataException(path + ": unknown data format (expected a directory, .txt, .tsv, .csv or .json)");
    }

    private static List<String> defaultKeys(Role role) {
        return switch (role) {
            case TRAIN -> Clinc150.TRAIN;
            case VALIDATION -> Clinc150.VALIDATION;
            case TEST -> Clinc150.TEST;
        };
    }
}
