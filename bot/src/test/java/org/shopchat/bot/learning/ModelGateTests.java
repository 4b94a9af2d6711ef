package org.shopchat.bot.learning;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.Classification;
import org.shopchat.intents.Combination;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.LabeledUtterance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate's rule, the n-gram model's round trip through the database bytes, and the progress figures. */
class ModelGateTests {

    @Test
    void aCandidatePassesWhenItsHeldOutAccuracyIsAtMostTheMarginBelowTheActiveModels() {
        assertThat(new ModelGate(0.9396, 0.9396, 0.01).passed()).as("as good").isTrue();
        assertThat(new ModelGate(0.9500, 0.9396, 0.0).passed()).as("better, no margin").isTrue();
        assertThat(new ModelGate(0.9300, 0.9396, 0.01).passed()).as("0.0096 lower").isTrue();
        assertThat(new ModelGate(0.9284, 0.9396, 0.01).passed()).as("0.0112 lower").isFalse();
        assertThat(new ModelGate(0.9384, 0.9396, 0.0).passed()).as("one utterance lower, no margin").isFalse();
        assertThat(new ModelGate(0.7834, 0.8592, 0.01).explanation())
                .isEqualTo("held-out accuracy 0.7834 < the active model's 0.8592 − margin 0.0100");
    }

    @Test
    void anNgramModelReadBackFromItsStoredBytesGivesTheSameAnswers() throws Exception {
        List<LabeledUtterance> data = new ArrayList<>();
        for (String text : List.of("where is my order", "track my parcel", "has my package shipped",
                "when will my order arrive", "where's my delivery", "tracking number please")) {
            data.add(LabeledUtterance.of("track_order", text));
        }
        for (String text : List.of("cancel my order", "i want to cancel", "stop my order please",
                "cancel the purchase", "don't send it, cancel", "can i cancel my order")) {
            data.add(LabeledUtterance.of("cancel_order", text));
        }
        CandidateTrainer trainer = new CandidateTrainer(Combination.CASCADE);
        CandidateTrainer.Trained trained = trainer.train(ModelVersions.Kind.NGRAM, data, message -> { });

        assertThat(trained.blobs().embeddingStage()).isNull();
        var read = trainer.read(trained.blobs(), true);
        assertThat(read).isInstanceOf(IntentModel.class);
        for (String text : List.of("where is my parcel", "please cancel it", "hello")) {
            Classification original = trained.classifier().classify(text);
            assertThat(read.classify(text)).as(text).isEqualTo(original);
        }
        assertThat(read.classify("where is my parcel").top().intent().value()).isEqualTo("track_order");
    }

    @Test
    void progressRisesWithEveryTrainingStepAndNeverFalls() {
        List<Integer> seen = new ArrayList<>();
        TrainingProgress progress = new TrainingProgress(ModelVersions.Kind.TWO_STAGE, (phase, percent) ->
                seen.add(percent));
        for (int fold = 1; fold <= 3; fold++) {
            progress.accept("cross-validation: fold " + fold + " of 3");
            progress.accept("training n-gram model on 2412 utterances");
            progress.accept("validation balanced accuracy: n-gram 0.77");
            progress.accept("encoding and training embedding head on 2412 utterances");
        }
        progress.accept("training n-gram model on 3618 utterances");
        progress.accept("encoding and training embedding head on 3618 utterances");
        progress.phase("evaluating the candidate on the held-out set", 82);
        progress.phase("a late message", 10);

        assertThat(seen).isSorted().hasSize(13);
        assertThat(seen.get(10)).isEqualTo(80);
        assertThat(seen.getLast()).isEqualTo(82);
    }
}
