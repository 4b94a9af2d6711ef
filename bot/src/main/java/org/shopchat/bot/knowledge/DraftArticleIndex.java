package org.shopchat.bot.knowledge;

import jakarta.annotation.PreDestroy;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.KnowledgeContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The editors' view of the knowledge base for the test bench: an in-memory index like the published one, but with
 * each article's newest revision when that is a draft or in review ("all latest drafts"), new articles included.
 * Nothing is written anywhere. The index is rebuilt only when the set of revisions changed since the last use;
 * sentence vectors come from the shared embedding cache, so a rebuild embeds only texts it has not seen.
 */
@Component
class DraftArticleIndex implements AutoCloseable {

    private final ArticleRevisionRepository revisions;
    private final TransactionTemplate readOnly;
    private final SearchAnalysis analysis;
    private final ArticleIndex index;
    private List<IndexedArticle> indexed = List.of();
    private Map<String, Integer> drafts = Map.of();

    DraftArticleIndex(ArticleRevisionRepository revisions, PlatformTransactionManager transactions,
                      KnowledgeContent content, KnowledgeProperties properties) {
        this.revisions = revisions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.analysis = new SearchAnalysis(content.synonymRules());
        this.index = new ArticleIndex(analysis, properties.tuning(),
                properties.embeddings() ? MiniLmSentenceEmbeddings.shared() : null);
    }

    /** What the index holds now: searches, and which article revisions in it are drafts (id to revision). */
    record Snapshot(ArticleIndex index, Map<String, Integer> drafts) {

        List<ArticleHit> search(String text, Collection<String> intentHints, int max) {
            return index.search(text, intentHints, max);
        }
    }

    /** Brings the index up to the database's latest drafts and published revisions. */
    synchronized Snapshot latest() {
        Map<String, List<ArticleRevision>> byArticle = new TreeMap<>();
        readOnly.executeWithoutResult(status -> revisions.findAll()
                .forEach(r -> byArticle.computeIfAbsent(r.getArticleId(), id -> new ArrayList<>()).add(r)));
        List<IndexedArticle> chosen = new ArrayList<>();
        Map<String, Integer> draftRevisions = new TreeMap<>();
        byArticle.forEach((id, all) -> {
            ArticleRevision newest = all.stream().max(Comparator.comparingInt(ArticleRevision::getRevision))
                    .orElseThrow();
            if (newest.getStatus() == ArticleStatus.DRAFT || newest.getStatus() == ArticleStatus.IN_REVIEW) {
                chosen.add(IndexedArticle.of(newest.toArticle()));
                draftRevisions.put(id, newest.getRevision());
            } else {
                all.stream().filter(r -> r.getStatus() == ArticleStatus.PUBLISHED).findFirst()
                        .ifPresent(p -> chosen.add(IndexedArticle.of(p.toArticle())));
            }
        });
        if (!chosen.equals(indexed)) {
            index.replaceAll(chosen);
            indexed = List.copyOf(chosen);
            drafts = Map.copyOf(draftRevisions);
        }
        return new Snapshot(index, drafts);
    }

    @PreDestroy
    @Override
    public void close() {
        index.close();
        analysis.close();
    }
}
