package org.shopchat.bot.dialogue;

import org.shopchat.intents.Combination;
import org.shopchat.intents.IntentClassifier;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.entities.RegexEntityExtractor;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NluConfiguration.NluProperties.class)
class NluConfiguration {

    /**
     * The shipped intent models with the default entity finders and sentiment analyser: loaded once, shared. With the
     * embedding stage the n-gram model answers alone when it is sure and sentence embeddings settle the rest.
     */
    @Bean
    LiveIntentModel liveIntentModel(NluProperties properties) {
        IntentClassifier shipped = properties.embeddingStage()
                ? ShippedModel.loadTwoStage(properties.combination()) : ShippedModel.load();
        return new LiveIntentModel(shipped, properties.embeddingStage(), properties.combination());
    }

    /** The shipped entity finders and sentiment analyser around the live intent model (switchable, see there). */
    @Bean
    Nlu nlu(LiveIntentModel intents) {
        return new Nlu(intents, new RegexEntityExtractor(), new LexiconSentimentAnalyzer());
    }

    /**
     * @param embeddingStage whether unsure turns also go through the sentence-embedding stage (more accurate; a few
     *                       milliseconds on those turns and a few seconds more at start-up)
     * @param combination    how the two stages are combined when the embedding stage is on: {@code average} (embed
     *                       every turn: the most accurate, several milliseconds of CPU on each) or {@code cascade}
     *                       (embed only turns the n-gram model is unsure of), also {@code embedding-only} or
     *                       {@code ngram-only}; intents/README.md measures each
     */
    @ConfigurationProperties("shopchat.nlu")
    record NluProperties(@DefaultValue("true") boolean embeddingStage, @DefaultValue("average") Combination combination) {
    }
}
