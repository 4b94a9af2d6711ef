package org.shopchat.benchmarks.peer;

import java.util.Locale;

import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.ShippedData;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.TrainerSettings;

/**
 * Training time of the shipped intent model, exactly as the build trains it ({@link ShippedModel#train}: five
 * cross-validation models to tune the out-of-scope threshold, then the final model), and of the final model alone.
 */
public final class ShippedModelTraining {

    private ShippedModelTraining() {
    }

    public static void main(String[] args) {
        int examples = ShippedData.training().size();
        long started = System.nanoTime();
        IntentModel model = ShippedModel.train(new IntentTrainer(TrainerSettings.DEFAULT, message -> { }));
        double full = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        new IntentTrainer().trainWithThreshold(ShippedData.training(), model.outOfScopeThreshold());
        double finalOnly = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "shipped model: %d examples, %d intents, training with threshold "
                        + "cross-validation %.1f s, final model alone %.1f s (%d training threads)%n", examples,
                model.intents().size(), full, finalOnly, TrainerSettings.DEFAULT.threads());
    }
}
