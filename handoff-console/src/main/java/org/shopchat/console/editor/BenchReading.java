package org.shopchat.console.editor;

import java.util.List;
import java.util.Objects;

/**
 * What the bot makes of one customer message, for the editor's test bench.
 *
 * @param intents    the intent ranking, best first, with the classifier's confidence (0–1)
 * @param outOfScope whether the classifier judged the message not to be the shop's business
 * @param articles   the best matching articles (published, or drafts too) with their search scores, best first
 * @param minScore   the score an article needs to be given as the answer
 * @param reply      the reply the bot would give as the first answer of a new conversation
 * @param content    what it was answered from
 * @param drafts     the draft revisions this reading used (in the reply or among the articles found); empty when
 *                   answered from the published content
 */
public record BenchReading(String text, List<ScoredIntent> intents, boolean outOfScope, List<FoundEntity> entities,
                           Mood sentiment, List<FoundArticle> articles, double minScore, Reply reply,
                           BenchContent content, List<DraftUsed> drafts) {

    public BenchReading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        drafts = List.copyOf(drafts);
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

    /** @param draft whether the revision found is a draft (or in review), not the published one */
    public record FoundArticle(String articleId, int revision, String title, double score, boolean draft) {
    }

    /**
     * A draft revision the reading used.
     *
     * @param kind    article, template or persona
     * @param inReply whether the reply itself comes from it (otherwise it was only among the articles found)
     */
    public record DraftUsed(ContentKind kind, String id, int revision, boolean inReply) {

        /** The editor's page of the draft. */
        public String page() {
            return kind.page(id);
        }
    }

    /**
     * @param act        the dialogue act, e.g. ARTICLE_ANSWER, CLARIFY, OUT_OF_SCOPE
     * @param templateId the template the text came from; {@code articleId} the article, if any
     */
    public record Reply(String text, String act, String templateId, Integer templateRevision, String articleId,
                        Integer articleRevision, List<String> buttons) {
        public Reply {
            buttons = List.copyOf(buttons);
        }
    }
}
