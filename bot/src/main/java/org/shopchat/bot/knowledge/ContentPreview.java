package org.shopchat.bot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge base as it would answer once the editors' latest drafts were published: an in-memory index of its
 * own (the same analysis, tuning and search mode as the published one), built on demand and closed after use. Nothing
 * is stored and the published index is not touched.
 */
public final class ContentPreview implements ArticleSearch, AutoCloseable {

    private final ArticleIndex index;
    private final IndexAnswers answers;
    private final List<String> draftArticles;

    ContentPreview(ArticleIndex index, KnowledgeProperties properties, List<String> draftArticles) {
        this.index = index;
        this.answers = new IndexAnswers(index::search, properties);
        this.draftArticles = List.copyOf(draftArticles);
    }

    /** The ids of the articles whose draft (or revision in review) replaces the published revision, sorted. */
    public List<String> draftArticles() {
        return draftArticles;
    }

    @Override
    public Optional<ArticleHit> bestAnswer(String customerText, List<String> intentHints) {
        return answers.bestAnswer(customerText, intentHints);
    }

    @Override
    public List<ArticleHit> search(String text, List<String> intentHints, int max) {
        return answers.search(text, intentHints, max);
    }

    @Override
    public void close() {
        index.close();
    }
}
