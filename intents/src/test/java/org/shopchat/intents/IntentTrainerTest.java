package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IntentTrainerTest {

    @Test
    void rejectsEmptyTrainingData() {
        assertThatThrownBy(() -> new IntentTrainer().train(List.of(), 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no training data");
    }

    @Test
    void rejectsTrainingDataWithASingleIntent() {
        assertThatThrownBy(() -> new IntentTrainer().train(List.of(LabeledUtterance.of("greeting", "hi")), 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two intents");
    }

    @Test
    void foldsSpreadEveryIntentEvenlyAndDependOnlyOnTheSeed() {
        List<List<LabeledUtterance>> folds = IntentTrainer.stratifiedFolds(IntentModelTest.SAMPLE, 4, 7L);
        assertThat(folds).hasSize(4).allSatisfy(fold -> assertThat(fold).hasSize(8));
        assertThat(folds.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(IntentModelTest.SAMPLE);
        for (List<LabeledUtterance> fold : folds) {
            assertThat(fold.stream().map(LabeledUtterance::intent).distinct()).hasSize(4);
        }
        assertThat(IntentTrainer.stratifiedFolds(IntentModelTest.SAMPLE, 4, 7L)).isEqualTo(folds);
        assertThat(IntentTrainer.stratifiedFolds(IntentModelTest.SAMPLE, 4, 8L)).isNotEqualTo(folds);
    }

    @Test
    void tunesAThresholdByCrossValidationWhenDataHasOutOfScopeExamples() {
        List<String> messages = new ArrayList<>();
        IntentModel model = new IntentTrainer(TrainerSettings.DEFAULT.withIterations(50), messages::add)
                .train(IntentModelTest.SAMPLE, 3L);
        assertThat(messages).anyMatch(m -> m.contains("fold 1 of 3"));
        assertThat(model.outOfScopeThreshold()).isBetween(0.0, 1.0);
        assertThat(model.classify("tell me a joke please").outOfScope()).isTrue();
    }

    @Test
    void leavesRejectionOffWithoutOutOfScopeExamples() {
        List<LabeledUtterance> inScopeOnly = IntentModelTest.SAMPLE.stream()
                .filter(u -> !u.intent().isOutOfScope()).toList();
        assertThat(new IntentTrainer().train(inScopeOnly, 3L).outOfScopeThreshold()).isZero();
    }
}
