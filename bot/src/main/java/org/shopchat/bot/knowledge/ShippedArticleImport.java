package org.shopchat.bot.knowledge;

import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Brings the articles shipped in kb-content into the database: all of them on first start, and on an upgrade only
 * revisions newer than the stored ones. Once an editor has saved a revision of an article, the database owns it and
 * shipped revisions of that article are no longer taken (the log says so), so an upgrade never undoes an edit.
 */
@Component
class ShippedArticleImport {

    private static final Logger log = LoggerFactory.getLogger(ShippedArticleImport.class);

    /** What an import did, article by article. */
    record Outcome(int added, int updated, int unchanged, int keptEditorRevisions) {
    }

    private final KnowledgeArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShippedArticleImport(KnowledgeArticleRepository articles, ArticleRevisionRepository revisions,
                         ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Outcome importArticles(Collection<Article> shipped) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        for (Article article : shipped) {
            Instant now = clock.instant();
            Optional<KnowledgeArticle> stored = articles.lockById(article.id());
            if (stored.isEmpty()) {
                KnowledgeArticle created = new KnowledgeArticle(article.id(), now);
                created.takeRevision(article.revision(), now);
                articles.save(created);
                store(ArticleRevision.shipped(article, now), Optional.empty(), now);
                added++;
            } else if (revisions.existsByArticleIdAndSource(article.id(), RevisionSource.EDITOR)) {
                if (article.revision() > stored.get().getLatestRevision()) {
                    log.warn("Shipped revision {} of article '{}' not imported: an editor has changed the article "
                            + "in the database, which takes precedence", article.revision(), article.id());
                }
                kept++;
            } else if (article.revision() > stored.get().getLatestRevision()) {
                stored.get().takeRevision(article.revision(), now);
                store(ArticleRevision.shipped(article, now),
                        revisions.findByArticleIdAndStatus(article.id(), ArticleStatus.PUBLISHED), now);
                updated++;
            } else {
                revisions.findByArticleIdAndRevision(article.id(), article.revision())
                        .filter(same -> !same.hasContentOf(article))
                        .ifPresent(changed -> log.warn("Shipped article '{}' changed without a new revision number; "
                                + "keeping the imported revision {}", article.id(), article.revision()));
                unchanged++;
            }
        }
        Outcome outcome = new Outcome(added, updated, unchanged, kept);
        log.info("Knowledge base import: {} articles added, {} updated, {} unchanged, {} kept as edited", added,
                updated, unchanged, kept);
        return outcome;
    }

    private void store(ArticleRevision revision, Optional<ArticleRevision> published, Instant now) {
        revisions.save(revision);
        switch (revision.getStatus()) {
            case PUBLISHED -> {
                published.ifPresent(previous -> previous.archive(now));
                events.publishEvent(new ArticlePublished(revision.getArticleId(), revision.getRevision()));
            }
            case ARCHIVED -> published.ifPresent(previous -> {
                previous.archive(now);
                events.publishEvent(new ArticleArchived(revision.getArticleId()));
            });
            case DRAFT, IN_REVIEW -> {
                // Waits for publishing; customers keep seeing the published revision, if any.
            }
        }
    }
}
