package org.shopchat.bot.learning;

import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedData;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The intents library's held-out utterances, written separately from the training data: the gate's evaluation
 * set. They are never trained on, so an example that repeats one of them is refused (and filtered from training).
 */
final class HeldOutSet {

    private final List<LabeledUtterance> utterances;
    private final Set<String> keys;

    private HeldOutSet(List<LabeledUtterance> utterances) {
        this.utterances = List.copyOf(utterances);
        this.keys = utterances.stream().map(u -> ExampleRules.key(u.text())).collect(Collectors.toUnmodifiableSet());
    }

    static HeldOutSet shipped() {
        return new HeldOutSet(ShippedData.heldOut());
    }

    List<LabeledUtterance> utterances() {
        return utterances;
    }

    boolean contains(String text) {
        return keys.contains(ExampleRules.key(text));
    }
}
