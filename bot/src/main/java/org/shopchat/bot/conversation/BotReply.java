package org.shopchat.bot.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says in one message, what the widget shows with it, and what produced it. The text always comes
 * from editor-approved content (templates, articles); this record only carries it.
 */
public record BotReply(String text, Provenance provenance, Attachments attachments) {

    public BotReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        attachments = attachments == null ? Attachments.NONE : attachments;
        if (text.isBlank()) {
            throw new IllegalArgumentException("a bot reply needs text");
        }
    }

    public BotReply(String text, String templateId, Integer templateRevision) {
        this(text, Provenance.template(templateId, templateRevision), Attachments.NONE);
    }

    public BotReply withAct(String act) {
        return new BotReply(text, provenance.withAct(act), attachments);
    }

    public BotReply withUnderstanding(String intent, Double confidence) {
        return new BotReply(text, provenance.withUnderstanding(intent, confidence), attachments);
    }

    public BotReply withQuickReplies(List<QuickReply> quickReplies) {
        return new BotReply(text, provenance, attachments.withQuickReplies(quickReplies));
    }

    /**
     * What produced a bot message: the dialogue act, the template or article (with revision), the intent and its
     * confidence, and the retrieval score of an article answer.
     */
    public record Provenance(String act, String templateId, Integer templateRevision, String articleId,
                             Integer articleRevision, String intent, Double confidence, Double retrievalScore) {

        public static Provenance template(String templateId, Integer revision) {
            return new Provenance(null, templateId, revision, null, null, null, null, null);
        }

        public Provenance withAct(String newAct) {
            return new Provenance(newAct, templateId, templateRevision, articleId, articleRevision, intent, confidence,
                    retrievalScore);
        }

        public Provenance withUnderstanding(String newIntent, Double newConfidence) {
            return new Provenance(act, templateId, templateRevision, articleId, articleRevision, newIntent,
                    newConfidence, retrievalScore);
        }

        public Provenance withArticle(String id, int revision, double score) {
            return new Provenance(act, templateId, templateRevision, id, revision, intent, confidence, score);
        }
    }
}
