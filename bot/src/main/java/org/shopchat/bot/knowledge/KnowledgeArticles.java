package org.shopchat.bot.knowledge;

import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ContentException;
import org.shopchat.kb.ContentProblem;
import org.shopchat.kb.ContentValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editorial workflow over articles in the database: every save is a new draft revision, which goes to review and
 * is then published (the previously published revision is archived) or the article is archived as a whole.
 * Who may do what (an author not approving their own change) is the editor console's business, not this one's.
 */
@Service
public class KnowledgeArticles {

    private final KnowledgeArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ContentValidator validator = new ContentValidator();

    KnowledgeArticles(KnowledgeArticleRepository articles, ArticleRevisionRepository revisions,
                      ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves the content as a new draft revision of its article (a new article when the id is new).
     * The revision number and status of {@code content} are ignored.
     *
     * @return the new revision number
     * @throws ContentException with every problem when the content breaks a kb-content rule
     */
    @Transactional
    public int saveRevision(Article content, String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a revision needs its author");
        }
        List<ContentProblem> problems = validator.validateArticle(content, publishedIds());
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Instant now = clock.instant();
        KnowledgeArticle article = articles.lockById(content.id())
                .orElseGet(() -> articles.save(new KnowledgeArticle(content.id(), now)));
        ArticleRevision saved = revisions.save(
                ArticleRevision.edited(content, article.nextRevision(now), author.strip(), now));
        return saved.getRevision();
    }

    @Transactional
    public void submitForReview(String articleId, int revision) {
        revision(articleId, revision).submitForReview(clock.instant());
    }

    /** Sends a revision in review back to draft (a reviewer asked for changes). */
    @Transactional
    public void returnToDraft(String articleId, int revision) {
        revision(articleId, revision).returnToDraft(clock.instant());
    }

    /** Makes a reviewed revision the one customers see, at once (the index follows on commit). */
    @Transactional
    public void publish(String articleId, int revision) {
        Instant now = clock.instant();
        articles.lockById(articleId);
        ArticleRevision approved = revision(articleId, revision);
        Optional<ArticleRevision> previous = revisions.findByArticleIdAndStatus(articleId, ArticleStatus.PUBLISHED);
        approved.publish(now);
        previous.ifPresent(p -> p.archive(now));
        events.publishEvent(new ArticlePublished(articleId, revision));
    }

    /** Takes the article away from customers; its revisions stay for history and a later re-publish. */
    @Transactional
    public void archive(String articleId) {
        articles.lockById(articleId);
        ArticleRevision published = revisions.findByArticleIdAndStatus(articleId, ArticleStatus.PUBLISHED)
                .orElseThrow(() -> new IllegalStateException("article " + articleId + " has no published revision"));
        published.archive(clock.instant());
        events.publishEvent(new ArticleArchived(articleId));
    }

    @Transactional(readOnly = true)
    public Optional<Article> published(String articleId) {
        return revisions.findByArticleIdAndStatus(articleId, ArticleStatus.PUBLISHED).map(ArticleRevision::toArticle);
    }

    /**
     * One revision per article, as the kb-content files hold it: the published revision, or the newest one for an
     * article with nothing published. Ordered by id.
     */
    @Transactional(readOnly = true)
    public List<Article> current() {
        java.util.Map<String, ArticleRevision> chosen = new java.util.TreeMap<>();
        for (ArticleRevision revision : revisions.findAll()) {
            chosen.merge(revision.getArticleId(), revision, (a, b) -> {
                if (a.getStatus() == ArticleStatus.PUBLISHED || b.getStatus() == ArticleStatus.PUBLISHED) {
                    return a.getStatus() == ArticleStatus.PUBLISHED ? a : b;
                }
                return a.getRevision() >= b.getRevision() ? a : b;
            });
        }
        return chosen.values().stream().map(ArticleRevision::toArticle).toList();
    }

    /** Every revision of the article, oldest first, with the status each has now. */
    @Transactional(readOnly = true)
    public List<Article> history(String articleId) {
        return revisions.findByArticleIdOrderByRevision(articleId).stream().map(ArticleRevision::toArticle).toList();
    }

    private ArticleRevision revision(String articleId, int revision) {
        return revisions.findByArticleIdAndRevision(articleId, revision).orElseThrow(
                () -> new IllegalArgumentException("article " + articleId + " has no revision " + revision));
    }

    private Set<String> publishedIds() {
        return revisions.findByStatus(ArticleStatus.PUBLISHED).stream().map(ArticleRevision::getArticleId)
                .collect(Collectors.toSet());
    }
}
