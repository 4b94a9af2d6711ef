package org.shopchat.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.Combination;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.TwoStageIntentModel;

/** {@code shopchat.nlu.*}: which shipped model the bot starts with. */
class NluConfigurationTests {

    private final NluConfiguration configuration = new NluConfiguration();

    @Test
    void theConfiguredCombinationIsTheOneTheBotAnswersWith() {
        LiveIntentModel live = configuration.liveIntentModel(new NluConfiguration.NluProperties(true, Combination.AVERAGE));

        assertThat(live.combination()).isEqualTo(Combination.AVERAGE);
        assertThat(live.current().classifier()).isInstanceOfSatisfying(TwoStageIntentModel.class,
                model -> assertThat(model.combination()).isEqualTo(Combination.AVERAGE));
    }

    @Test
    void withoutTheEmbeddingStageTheNgramModelAnswersAlone() {
        LiveIntentModel live = configuration.liveIntentModel(new NluConfiguration.NluProperties(false, Combination.CASCADE));

        assertThat(live.embeddingStage()).isFalse();
        assertThat(live.current().classifier()).isInstanceOf(IntentModel.class);
    }
}
