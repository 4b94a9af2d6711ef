package org.shopchat.intents.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shopchat.intents.IntentName;
import org.shopchat.intents.InvalidDataException;
import org.shopchat.intents.LabeledUtterance;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads CLINC150 {@code data_full.json} (Larson et al. 2019, CC BY 3.0): an object whose keys ({@code train},
 * {@code val}, {@code test}, {@code oos_train}, ...) hold {@code [utterance, intent]} pairs. The out-of-scope label
 * {@code oos} becomes our {@code out_of_scope}.
 */
public final class Clinc150 {

    public static final List<String> TRAIN = List.of("train", "oos_train");
    public static final List<String> VALIDATION = List.of("val", "oos_val");
    public static final List<String> TEST = List.of("test", "oos_test");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Clinc150() {
    }

    public static List<LabeledUtterance> read(Path file, List<String> keys) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such file");
        } catch (IOException | JacksonException e) {
            throw new InvalidDataException(file + ": not valid JSON (" + firstLine(e.getMessage()) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDataException(file + ": expected a JSON object with keys like train, val, test");
        }
        List<LabeledUtterance> data = new ArrayList<>();
        for (String key : keys) {
            JsonNode pairs = root.get(key);
            if (pairs == null || !pairs.isArray()) {
                throw new InvalidDataException(file + ": no list under key '" + key + "'");
            }
            for (int i = 0; i < pairs.size(); i++) {
                JsonNode pair = pairs.get(i);
                if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isString() || !pair.get(1).isString()) {
                    throw new InvalidDataException(file + ": " + key + "[" + i + "]: expected [utterance, intent]");
                }
                String label = pair.get(1).asString();
                try {
                    IntentName intent = "oos".equals(label) ? IntentName.OUT_OF_SCOPE : new IntentName(label);
                    data.add(new LabeledUtterance(intent, pair.get(0).asString()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(file + ": " + key + "[" + i + "]: " + e.getMessage());
                }
            }
        }
        if (data.isEmpty()) {
            throw new InvalidDataException(file + ": no utterances under " + keys);
        }
        return List.copyOf(data);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
