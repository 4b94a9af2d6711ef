package org.shopchat.intents;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import org.shopchat.intents.features.CharNGramFeatures;

/**
 * The weights of a trained OpenNLP quasi-Newton maxent model, laid out for classifying one utterance after another.
 * The model's probabilities are the softmax of the summed weights of the utterance's known features; this computes
 * exactly that, without what OpenNLP's own evaluation pays for on every call:
 *
 * <ul>
 *   <li>The trainer's L1 cost leaves ~97 % of the weights at exactly zero, but the model stores every feature with
 *       a weight for every intent. Only the non-zero weights are kept here (one compact row per feature), and
 *       features whose weights are all zero are left out, so a known feature adds a handful of weights, not one per
 *       intent.</li>
 *   <li>OpenNLP normalises with {@code StrictMath.exp} twice per intent (a log-sum-exp, then the probabilities).
 *       One {@link Math#exp} per intent gives the same distribution: {@code exp(s - max) / sum}.</li>
 *   <li>Each feature is one record in one array: its characters, its weights and their intents side by side, so a
 *       look-up reads the table place and then one or two adjacent cache lines. With a {@code HashMap} it was a chain
 *       of node, key, characters, boxed row and two weight arrays, and those dependent memory reads were half of a
 *       classification's time. Character n-grams are looked up straight from the generator's buffer
 *       ({@link CharNGramFeatures#forEachNGram}) without making a string or a set of them, which a JDK map cannot
 *       do either: it needs a key object.</li>
 *   <li>Customers use the same few thousand words over and over, and a word's character n-grams are the same each
 *       time. Per word, the sum of its n-grams' weights per intent is worked out once and remembered (up to
 *       {@value #WORDS_REMEMBERED} words, ~0.9 KB each for 77 intents), so a familiar word adds one row of sums
 *       instead of looking up and adding each of its n-grams (about 20 for a five-letter word). An n-gram that an
 *       earlier word of the utterance already counted is taken off again, so each still counts once. The sums are
 *       added in another order than one by one, which changes a probability by rounding only (~1e-16).</li>
 * </ul>
 *
 * The probabilities agree with {@link MaxentModel#eval} to rounding (tests compare both on whole data sets).
 * Thread-safe; the remembered words are the only state that changes.
 */
final class IntentWeights {

    /** Longest feature, and most intents, a record can hold; models beyond them are evaluated by OpenNLP. */
    private static final int LIMIT = 0xFFFF;

    /**
     * How many words are remembered. A shop's customers use a few thousand distinct words (Banking77's 10,003
     * training utterances: 2,271 distinct words); the first this many seen are kept, the frequent ones come early, and
     * later new words are looked up n-gram by n-gram each time.
     */
    static final int WORDS_REMEMBERED = 10_000;
    /** Longer tokens are pasted codes, links or noise, not words that come back: never remembered. */
    static final int LONGEST_REMEMBERED = 24;

    /** One per table place: the feature's hash in the high half, its record's offset + 1 in the low half; 0 if free. */
    private final long[] slots;
    private final int mask;
    /**
     * The features' records, one after the other. A record starts with a header (the feature's number in the high
     * half, then its length and its number of weights, 16 bits each), then the feature's characters four to a long,
     * then its weights (raw bits), then their intents four to a long.
     */
    private final long[] records;
    private final int features;
    private final int weights;
    private final int intents;
    /** The remembered words. */
    private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();

    private IntentWeights(long[] slots, long[] records, int features, int weights, int intents) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.records = records;
        this.features = features;
        this.weights = weights;
        this.intents = intents;
    }

    /**
     * The weights of a model trained by OpenNLP's quasi-Newton trainer (what {@link IntentTrainer} uses); empty for
     * any other kind of model, whose own evaluation may add a prior or a correction this does not.
     */
    static Optional<IntentWeights> of(MaxentModel model) {
        if (!(model instanceof AbstractModel abstractModel)
                || abstractModel.getModelType() != AbstractModel.ModelType.MaxentQn
                || model.getNumOutcomes() > LIMIT) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) abstractModel.getDataStructures()[1];
        int count = 0;
        int nonZero = 0;
        long length = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            int weights = nonZero(feature.getValue().getParameters());
            if (weights > 0) {
                if (feature.getKey().length() > LIMIT) {
                    return Optional.empty();
                }
                count++;
                nonZero += weights;
                length += recordLength(feature.getKey().length(), weights);
            }
        }
        if (length >= Integer.MAX_VALUE) {
            return Optional.empty();
        }
        // Between 3/8 and 3/4 full. A look-up's probes mostly stay in one cache line (eight places), so a fuller
        // table costs few extra memory reads, while a table half the size leaves more of the cache to the records:
        // 8-13 % faster than a quarter-to-half-full one in a loop over Banking77 test (A/B, quiet machine).
        long[] slots = new long[Math.max(2, Integer.highestOneBit((int) Math.max(1, count * 4L / 3)) << 1)];
        long[] records = new long[(int) length];
        int number = 0;
        int at = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            double[] parameters = feature.getValue().getParameters();
            int weights = nonZero(parameters);
            if (weights == 0) {
                continue;
            }
            String key = feature.getKey();
            int[] outcomes = feature.getValue().getOutcomes();
            records[at] = ((long) number << 32) | ((long) key.length() << 16) | weights;
            for (int i = 0; i < key.length(); i++) {
                records[at + 1 + (i >> 2)] |= (long) key.charAt(i) << ((i & 3) << 4);
            }
            int weightAt = at + 1 + longsFor(key.length());
            for (int i = 0, j = 0; i < outcomes.length; i++) {
                if (parameters[i] != 0.0) {
                    records[weightAt + j] = Double.doubleToRawLongBits(parameters[i]);
                    records[weightAt + weights + (j >> 2)] |= (long) outcomes[i] << ((j & 3) << 4);
                    j++;
                }
            }
            int hash = key.hashCode();
            int place = place(hash, slots.length - 1);
            while (slots[place] != 0) {
                place = (place + 1) & (slots.length - 1);
            }
            slots[place] = ((long) hash << 32) | (at + 1);
            at += recordLength(key.length(), weights);
            number++;
        }
        return Optional.of(new IntentWeights(slots, records, count, nonZero, model.getNumOutcomes()));
    }

    private static int nonZero(double[] parameters) {
        int count = 0;
        for (double parameter : parameters) {
            count += parameter != 0.0 ? 1 : 0;
        }
        return count;
    }

    private static int longsFor(int sixteenBitValues) {
        return (sixteenBitValues + 3) >> 2;
    }

    private static int recordLength(int keyLength, int weights) {
        return 1 + longsFor(keyLength) + weights + longsFor(weights);
    }

    /** Fibonacci hashing: String hashes of short keys differ mostly in their low bits, which a mask alone keeps. */
    private static int place(int hash, int mask) {
        return (hash * 0x9E3779B9 >>> 16) & mask;
    }

    /** The probability of each intent, in the model's order, for an utterance with these features. */
    double[] probabilities(String[] features) {
        double[] sums = new double[intents];
        for (String feature : features) {
            add(record(feature), sums);
        }
        return softmax(sums);
    }

    /**
     * The probabilities for the tokens' features from these generators: the same as {@link #probabilities(String[])}
     * of the generators' features, in the same order, with character n-grams read from the generator's buffer.
     */
    double[] probabilities(String[] tokens, FeatureGenerator[] generators) {
        double[] sums = new double[intents];
        for (FeatureGenerator generator : generators) {
            if (generator instanceof CharNGramFeatures) {
                addCharNGrams(tokens, sums);
            } else {
                for (String feature : generator.extractFeatures(tokens, Map.of())) {
                    add(record(feature), sums);
                }
            }
        }
        return softmax(sums);
    }

    /** Each distinct n-gram once, at its first occurrence, as the generator's own set of them counts it. */
    private void addCharNGrams(String[] tokens, double[] sums) {
        long[] seen = new long[(features + 63) >>> 6];
        for (String token : tokens) {
            Word word = word(token);
            int[] numbers = word.numbers();
            if (numbers.length == 0) {
                continue;
            }
            int repeated = 0;
            for (int number : numbers) {
                repeated += (int) (seen[number >>> 6] >>> number) & 1;
            }
            if (repeated == 0 || repeated < numbers.length / 2) {
                // The word's own sum, less the n-grams an earlier word of the utterance already counted.
                double[] wordSums = word.sums();
                for (int i = 0; i < wordSums.length; i++) {
                    sums[i] += wordSums[i];
                }
                for (int i = 0; repeated > 0 && i < numbers.length; i++) {
                    int number = numbers[i];
                    if ((seen[number >>> 6] & (1L << number)) != 0) {
                        subtract(word.records()[i], sums);
                        repeated--;
                    }
                }
                for (int number : numbers) {
                    seen[number >>> 6] |= 1L << number;
                }
            } else {
                // Mostly n-grams counted already (a repeated word): add the new ones one by one.
                for (int i = 0; i < numbers.length; i++) {
                    int number = numbers[i];
                    if ((seen[number >>> 6] & (1L << number)) == 0) {
                        seen[number >>> 6] |= 1L << number;
                        add(word.records()[i], sums);
                    }
                }
            }
        }
    }

    /**
     * A word's known character n-grams, each once, in the order {@link CharNGramFeatures} makes them: their records,
     * their feature numbers, and the sum of their weights per intent.
     */
    private record Word(int[] records, int[] numbers, double[] sums) {
    }

    private Word word(String token) {
        Word known = words.get(token);
        if (known == null) {
            known = lookUpNGrams(token);
            if (token.length() <= LONGEST_REMEMBERED && words.size() < WORDS_REMEMBERED) {
                words.putIfAbsent(token, known);
            }
        }
        return known;
    }

    private Word lookUpNGrams(String token) {
        int[][] found = {new int[8]};
        int[] count = {0};
        CharNGramFeatures.forEachNGram(new String[] {token}, (feature, length) -> {
            int record = record(feature, length);
            if (record >= 0 && !contains(found[0], count[0], record)) {
                if (count[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], count[0] * 2);
                }
                found[0][count[0]++] = record;
            }
        });
        int[] wordRecords = Arrays.copyOf(found[0], count[0]);
        int[] numbers = new int[count[0]];
        double[] wordSums = new double[intents];
        for (int i = 0; i < wordRecords.length; i++) {
            numbers[i] = (int) (records[wordRecords[i]] >>> 32);
            add(wordRecords[i], wordSums);
        }
        return new Word(wordRecords, numbers, wordSums);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void add(int record, double[] sums) {
        if (record >= 0) {
            addTimes(1.0, record, sums);
        }
    }

    /** Where a record's weights start: after its header and its characters. */
    private static int weightsAt(int record, long header) {
        return record + 1 + longsFor((int) (header >>> 16) & LIMIT);
    }

    private void subtract(int record, double[] sums) {
        addTimes(-1.0, record, sums);
    }

    /** Adds the record's weights times {@code sign} (1 or -1, so exactly the weight or its negation). */
    private void addTimes(double sign, int record, double[] sums) {
        long header = records[record];
        int count = (int) header & LIMIT;
        int weightAt = weightsAt(record, header);
        int intentAt = weightAt + count;
        for (int j = 0; j < count; j++) {
            int intent = (int) (records[intentAt + (j >> 2)] >>> ((j & 3) << 4)) & LIMIT;
            sums[intent] += sign * Double.longBitsToDouble(records[weightAt + j]);
        }
    }

    private static double[] softmax(double[] sums) {
        double max = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            max = Math.max(max, sum);
        }
        double total = 0.0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.exp(sums[i] - max);
            total += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    /** The offset of the feature's record, or -1 when it has no non-zero weight. */
    int record(String feature) {
        int hash = feature.hashCode();
        for (int place = place(hash, mask); ; place = (place + 1) & mask) {
            long slot = slots[place];
            if (slot == 0) {
                return -1;
            }
            int record = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && keyEquals(record, feature)) {
                return record;
            }
        }
    }

    /** The offset of the record of the feature made of {@code length} characters of {@code feature}, or -1. */
    private int record(char[] feature, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + feature[i];
        }
        for (int place = place(hash, mask); ; place = (place + 1) & mask) {
            long slot = slots[place];
            if (slot == 0) {
                return -1;
            }
            int record = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && keyEquals(record, feature, length)) {
                return record;
            }
        }
    }

    private boolean keyEquals(int record, String feature) {
        if (((int) (records[record] >>> 16) & LIMIT) != feature.length()) {
            return false;
        }
        for (int i = 0; i < feature.length(); i++) {
            if (keyChar(record, i) != feature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean keyEquals(int record, char[] feature, int length) {
        if (((int) (records[record] >>> 16) & LIMIT) != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (keyChar(record, i) != feature[i]) {
                return false;
            }
        }
        return true;
    }

    private char keyChar(int record, int i) {
        return (char) (records[record + 1 + (i >> 2)] >>> ((i & 3) << 4));
    }

    /** Features with at least one non-zero weight. */
    int features() {
        return features;
    }

    /** Non-zero weights over all features. */
    int weights() {
        return weights;
    }

    /** How many words' n-gram records are remembered now. */
    int wordsRemembered() {
        return words.size();
    }
}
