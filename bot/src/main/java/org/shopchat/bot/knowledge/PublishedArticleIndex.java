package org.shopchat.bot.knowledge;

import jakarta.annotation.PreDestroy;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.KnowledgeContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the search index equal to the published revisions in the database: rebuilt at start-up, and changed after
 * each publish or archive has committed, so a search right after publishing already finds the new revision.
 */
@Component
class PublishedArticleIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PublishedArticleIndex.class);

    private final ArticleRevisionRepository revisions;
    private final TransactionTemplate readOnly;
    private final SearchAnalysis analysis;
    private final ArticleIndex index;
    private final KnowledgeProperties properties;

    PublishedArticleIndex(ArticleRevisionRepository revisions, PlatformTransactionManager transactions,
                          KnowledgeContent content, KnowledgeProperties properties) {
        this.revisions = revisions;
        this.readOnly = new TransactionTemplate(transactions);
        // Listeners run after the publisher's commit, so they read in a transaction of their own.
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.analysis = new SearchAnalysis(content.synonymRules());
        this.properties = properties;
        this.index = freshIndex();
    }

    void rebuild() {
        List<IndexedArticle> published = readOnly.execute(status -> revisions.findByStatus(ArticleStatus.PUBLISHED)
                .stream().map(r -> IndexedArticle.of(r.toArticle())).toList());
        index.replaceAll(published);
        log.info("Knowledge index holds {} published articles", published.size());
    }

    /** An empty index searching exactly as this one does (analysis, tuning, search mode), for previews. */
    private ArticleIndex freshIndex() {
        return new ArticleIndex(analysis, properties.tuning(),
                properties.embeddings() ? MiniLmSentenceEmbeddings.shared() : null);
    }

    List<ArticleHit> search(String text, Collection<String> intentHints, int max) {
        return index.search(text, intentHints, max);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        Optional<IndexedArticle> article = readOnly.execute(status -> revisions
                .findByArticleIdAndRevision(published.articleId(), published.revision())
                .filter(r -> r.getStatus() == ArticleStatus.PUBLISHED)
                .map(r -> IndexedArticle.of(r.toArticle())));
        // A revision superseded again before this ran is not indexed; the newer one's event follows.
        article.ifPresent(index::put);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleArchived archived) {
        index.remove(archived.articleId());
    }

    @PreDestroy
    @Override
    public void close() {
        index.close();
        analysis.close();
    }
}
