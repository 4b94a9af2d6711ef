package org.shopchat.intents.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Word → valence on VADER's scale (about -4 to +4). Immutable. */
public final class SentimentLexicon {

    static final String VADER_RESOURCE = "org/shopchat/intents/sentiment/vader_lexicon.txt";

    private final Map<String, Double> valences;

    public SentimentLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /** The VADER lexicon shipped in this library (MIT licence, see the README beside it). */
    public static SentimentLexicon vader() {
        return Holder.VADER;
    }

    /** Reads VADER's format: {@code token<TAB>mean valence<TAB>...}. */
    public static SentimentLexicon read(InputStream in, String source) {
        Map<String, Double> valences = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalArgumentException(source + ":" + number + ": expected token<TAB>valence");
                }
                try {
                    valences.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + number + ": valence is not a number");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read", e);
        }
        return new SentimentLexicon(valences);
    }

    /** Valence of a lower-case token, 0 when unknown. */
    public double valence(String token) {
        return valences.getOrDefault(token, 0.0);
    }

    public boolean contains(String token) {
        return valences.containsKey(token);
    }

    public int size() {
        return valences.size();
    }

    private static final class Holder {
        static final SentimentLexicon VADER = load();

        private static SentimentLexicon load() {
            InputStream in = SentimentLexicon.class.getClassLoader().getResourceAsStream(VADER_RESOURCE);
            Objects.requireNonNull(in, "classpath resource " + VADER_RESOURCE + " is missing");
            return read(in, VADER_RESOURCE);
        }
    }
}
