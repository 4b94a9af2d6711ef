package org.shopchat.intents;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The ranking of a {@link Classification} as the classifiers build it: every intent, best first, each
 * {@link ScoredIntent} made when it is first read. A model knows 41 to 77 intents, while most readers look at the
 * first one or two ({@code top()}, {@code topInScope()}, {@code decision()}), and making all of them for every
 * message was a fifth of the classification time of a words-and-bigrams model.
 *
 * <p>Immutable as a list; equal to, and with the hash code of, any list of the same scored intents. Safe to share
 * between threads: two threads reading an element for the first time may each make it, and both get equal values.
 */
final class IntentRanking extends AbstractList<ScoredIntent> implements RandomAccess {

    private final IntentName[] intents;
    private final double[] confidences;
    private final int[] order;
    private final ScoredIntent[] made;

    /**
     * @param intents     the intents; not copied, so the caller must not change the array afterwards
     * @param confidences their confidences in the same order, each in [0, 1]; not copied either
     * @param order       indices into both, best first in the order of {@link Classification#BEST_FIRST}
     */
    IntentRanking(IntentName[] intents, double[] confidences, int[] order) {
        if (intents.length != confidences.length || order.length != intents.length) {
            throw new IllegalArgumentException("one confidence and one place per intent are needed");
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
        this.order = order;
        this.made = new ScoredIntent[order.length];
    }

    @Override
    public ScoredIntent get(int index) {
        ScoredIntent scored = made[Objects.checkIndex(index, made.length)];
        if (scored == null) {
            scored = new ScoredIntent(intents[order[index]], confidences[order[index]]);
            made[index] = scored;
        }
        return scored;
    }

    @Override
    public int size() {
        return made.length;
    }
}
