package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NluTest {

    @Test
    void understandsIntentEntitiesAndToneOfOneMessage() {
        Understanding u = Nlu.loadDefault().understand("Where is my order NW-204815?? It's really late!!");
        assertThat(u.classification().top().intent().value()).isEqualTo("track_order");
        assertThat(u.classification().outOfScope()).isFalse();
        assertThat(u.entitiesOf(OrderNumber.class)).extracting(OrderNumber::value).containsExactly("NW-204815");
        assertThat(u.sentiment().score()).isBetween(-1.0, 1.0);
    }

    @Test
    void loadsTheShippedModelsOnceAndSharesThem() {
        assertThat(Nlu.loadDefault()).isSameAs(Nlu.loadDefault()).isSameAs(Nlu.loadDefault(true));
        assertThat(Nlu.loadDefault(false)).isSameAs(Nlu.loadDefault(false));
        assertThat(Nlu.loadDefault(false).classifier()).isSameAs(ShippedModel.load());
    }

    @Test
    void defaultUsesTheEmbeddingStageInACascadeAndCanBeSwitchedOff() {
        assertThat(Nlu.loadDefault().classifier()).isInstanceOfSatisfying(TwoStageIntentModel.class,
                m -> assertThat(m.combination()).isEqualTo(Combination.AVERAGE));
        assertThat(Nlu.loadDefault(false).classifier()).isInstanceOf(IntentModel.class);
        Understanding u = Nlu.loadDefault(false).understand("Where is my order NW-204815?");
        assertThat(u.classification().decision().intent().value()).isEqualTo("track_order");
    }
}
