package org.shopchat.intents.features;

import java.util.Arrays;
import java.util.List;

/**
 * Feature strings in the order they were first added, each once: what a {@code LinkedHashSet} gives, for a number of
 * additions known in advance and without a node per entry. An open-addressing table of the strings themselves, probed
 * linearly; the hash it computes stays cached in each string, where the model's feature lookup reuses it.
 *
 * <p>One instance per call of a feature generator; not thread-safe.
 */
final class DistinctFeatures {

    private final String[] inOrder;
    private final String[] table;
    private final int mask;
    private int size;

    /** @param capacity the most strings that will be added, repeats included */
    DistinctFeatures(int capacity) {
        inOrder = new String[capacity];
        // At most half full, so probe sequences stay short.
        int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
        table = new String[slots];
        mask = slots - 1;
    }

    /** Adds the string unless an equal one was added before; returns whether it was added. */
    boolean add(String feature) {
        int hash = feature.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (String present = table[slot]; present != null; present = table[slot]) {
            if (present.hashCode() == hash && present.equals(feature)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = feature;
        inOrder[size++] = feature;
        return true;
    }

    /** The distinct strings in order of first addition. */
    List<String> asList() {
        return Arrays.asList(inOrder).subList(0, size);
    }
}
