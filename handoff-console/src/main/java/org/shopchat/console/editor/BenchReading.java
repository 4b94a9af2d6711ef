package org.shopchat.console.editor;

import java.util.List;
import java.util.Objects;

/**
 * What the bot makes of one customer message, for the editor's test bench.
 *
 * @param intents    the intent ranking, best first, with the classifier's confidence (0–1)
 * @param outOfScope whether the classifier judged the message not to be the shop's business
 * @param articles   the best matching published articles with their search scores, best first
 * @param minScore   the score an article needs to be given as the answer
 * @param reply      the reply the bot would give as the first answer of a new conversation
 */
public record BenchReading(String text, List<ScoredIntent> intents, boolean outOfScope, List<FoundEntity> entities,
                           Mood sentiment, List<FoundArticle> articles, double minScore, Reply reply) {

    public BenchReading {
        Objects.requireNonNull(text, "text");
        intents = List.copyOf(intents);
        entities = List.copyOf(entities);
        Objects.requireNonNull(sentiment, "sentiment");
        articles = List.copyOf(articles);
        Objects.requireNonNull(reply, "reply");
    }

    public record ScoredIntent(String intent, double confidence) {
    }

    /** @param type e.g. OrderNumber, Postcode; {@code text} exactly as found in the message */
    public record FoundEntity(String type, String text) {
    }

    /** @param label e.g. NEGATIVE; {@code distressCues} the cue categories found, e.g. legal_threat */
    public record Mood(double score, String label, List<String> distressCues) {
        public Mood {
            distressCues = List.copyOf(distressCues);
        }
    }

    public record FoundArticle(String articleId, int revision, String title, double score) {
    }

    /**
     * @param act        the dialogue act, e.g. ARTICLE_ANSWER, CLARIFY, OUT_OF_SCOPE
     * @param templateId the template the text came from; {@code articleId} the article, if any
     */
    public record Reply(String text, String act, String templateId, String articleId, List<String> buttons) {
        public Reply {
            buttons = List.copyOf(buttons);
        }
    }
}
