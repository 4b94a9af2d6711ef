package org.shopchat.intents;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The ranking of a {@link Classification} as the classifiers build it: every intent, best first in the order of
 * {@link Classification#BEST_FIRST}, each place worked out and its {@link ScoredIntent} made when it is first read.
 *
 * <p>A model knows 41 to 77 intents, while most readers look at the first one to three ({@code top()},
 * {@code topInScope()}, {@code decision()}, the two best in-scope intents when the bot asks which was meant).
 * Sorting every intent and making every scored intent for each message was a third of the classification time of a
 * words-and-bigrams model; picking the best of the rest for each place read costs one pass over the probabilities.
 * Once a reader goes past the first few places the rest is sorted at once.
 *
 * <p>Immutable as a list; equal to, and with the hash code of, any list of the same scored intents. Safe to share
 * between threads: places are worked out under the instance's lock, and a scored intent, once made, is read without
 * it (its fields are final).
 */
final class IntentRanking extends AbstractList<ScoredIntent> implements RandomAccess {

    /** Places picked one at a time before the rest is sorted. */
    static final int PICKED_ONE_BY_ONE = 8;

    private final IntentName[] intents;
    private final double[] confidences;
    private final ScoredIntent[] made;

    /** Indices into intents and confidences; the first {@link #ranked} are in their final places. Guarded by this. */
    private final int[] order;
    private int ranked;

    /**
     * @param intents     the intents, each name once; not copied, so the caller must not change the array afterwards
     * @param confidences their confidences in the same order, each in [0, 1]; not copied either
     */
    IntentRanking(IntentName[] intents, double[] confidences) {
        if (intents.length != confidences.length) {
            throw new IllegalArgumentException("one confidence per intent is needed");
        }
        for (int i = 0; i < confidences.length; i++) {
            if (!(confidences[i] >= 0.0 && confidences[i] <= 1.0)) {
                // What making the scored intent would throw; checked here so that it still fails at once.
                throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidences[i]);
            }
            Objects.requireNonNull(intents[i], "intent must not be null");
        }
        this.intents = intents;
        this.confidences = confidences;
        this.made = new ScoredIntent[intents.length];
        this.order = new int[intents.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    @Override
    public ScoredIntent get(int index) {
        ScoredIntent scored = made[Objects.checkIndex(index, made.length)];
        return scored != null ? scored : make(index);
    }

    @Override
    public int size() {
        return made.length;
    }

    private synchronized ScoredIntent make(int index) {
        ScoredIntent scored = made[index];
        if (scored == null) {
            rankThrough(index);
            scored = new ScoredIntent(intents[order[index]], confidences[order[index]]);
            made[index] = scored;
        }
        return scored;
    }

    /** Puts the intents of places 0 to {@code index} in their final places. */
    private void rankThrough(int index) {
        if (index >= PICKED_ONE_BY_ONE) {
            sortUnranked();
            return;
        }
        // The order is total (names are distinct), so the best of the rest belongs in the next place.
        for (; ranked <= index; ranked++) {
            int best = ranked;
            for (int candidate = ranked + 1; candidate < order.length; candidate++) {
                if (ranksBefore(order[candidate], order[best])) {
                    best = candidate;
                }
            }
            int displaced = order[ranked];
            order[ranked] = order[best];
            order[best] = displaced;
        }
    }

    /** A binary insertion sort of the places not ranked yet. */
    private void sortUnranked() {
        for (int next = ranked + 1; next < order.length; next++) {
            int intent = order[next];
            int low = ranked;
            int high = next;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ranksBefore(order[middle], intent)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            System.arraycopy(order, low, order, low + 1, next - low);
            order[low] = intent;
        }
        ranked = order.length;
    }

    /** Whether intent {@code a} ranks before intent {@code b}: {@link Classification#BEST_FIRST} on indices. */
    private boolean ranksBefore(int a, int b) {
        int byConfidence = Double.compare(confidences[a], confidences[b]);
        return byConfidence != 0 ? byConfidence > 0 : intents[a].compareTo(intents[b]) < 0;
    }
}
