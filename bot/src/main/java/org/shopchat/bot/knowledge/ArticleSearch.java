package org.shopchat.bot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Answers from a set of articles: the published ones ({@link KnowledgeBase}) or, for a replay, the published ones with
 * the editors' latest drafts ({@link KnowledgeBase#latestDrafts()}). The dialogue decides with either, the same way.
 */
public interface ArticleSearch {

    /**
     * The article that answers the customer's text, or empty when even the best match scores below the "not found"
     * threshold of the search mode in use ({@link KnowledgeProperties#answerThreshold()}).
     *
     * @param intentHints intents the classifier found (best first); articles answering one of them rank higher
     */
    Optional<ArticleHit> bestAnswer(String customerText, List<String> intentHints);

    /**
     * The best matching articles, best first, without the score threshold. Text without any searchable word with
     * intent hints lists the articles answering those intents, main answers first, with score 0.
     *
     * @param max at most this many, capped at {@value KnowledgeBase#MAX_RESULTS}
     */
    List<ArticleHit> search(String text, List<String> intentHints, int max);
}
