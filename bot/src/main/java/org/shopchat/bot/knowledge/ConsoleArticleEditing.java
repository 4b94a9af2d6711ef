package org.shopchat.bot.knowledge;

import org.shopchat.bot.content.ContentFieldLines;
import org.shopchat.console.editor.ArticleContent;
import org.shopchat.console.editor.ArticleEditing;
import org.shopchat.console.editor.ArticlePreview;
import org.shopchat.console.editor.ArticleRevisionView;
import org.shopchat.console.editor.ArticleSummary;
import org.shopchat.console.editor.ContentRejectedException;
import org.shopchat.console.editor.ContentStatus;
import org.shopchat.console.editor.EditingRefusedException;
import org.shopchat.console.editor.FieldProblem;
import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ContentException;
import org.shopchat.kb.MarkdownWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The editor console's view of the knowledge base: the workflow steps go through {@link KnowledgeArticles} (so
 * publishing updates the search index on commit), the preview through the public page's renderer.
 */
@Component
class ConsoleArticleEditing implements ArticleEditing {

    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> FORM_FIELDS = List.of("id", "title", "intents", "questions", "tags");
    /** Column sizes of kb_article_revision (V2); the content rules keep real articles far below them. */
    private static final int MAX_ID_CHARS = 80;
    private static final int MAX_LIST_CHARS = 2000;
    private static final int MAX_QUESTIONS_CHARS = 4000;

    private final KnowledgeArticles articles;
    private final ArticleRevisionRepository revisions;
    private final MarkdownWriter writer = new MarkdownWriter();

    ConsoleArticleEditing(KnowledgeArticles articles, ArticleRevisionRepository revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ArticleSummary> articles() {
        Map<String, List<ArticleRevision>> byArticle = new TreeMap<>();
        for (ArticleRevision revision : revisions.findAll()) {
            byArticle.computeIfAbsent(revision.getArticleId(), id -> new ArrayList<>()).add(revision);
        }
        List<ArticleSummary> summaries = new ArrayList<>();
        byArticle.forEach((id, all) -> {
            ArticleRevision latest = all.stream().max(Comparator.comparingInt(ArticleRevision::getRevision)).orElseThrow();
            int published = all.stream().filter(r -> r.getStatus() == ArticleStatus.PUBLISHED)
                    .mapToInt(ArticleRevision::getRevision).findFirst().orElse(0);
            Article content = latest.toArticle();
            summaries.add(new ArticleSummary(id, content.title(), content.intents(), content.tags(),
                    latest.getRevision(), status(latest.getStatus()), published, latest.getCreatedAt(),
                    latest.getAuthor()));
        });
        return summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ArticleRevisionView> history(String articleId) {
        if (articleId == null || articleId.length() > MAX_ID_CHARS || !ARTICLE_ID.matcher(articleId).matches()) {
            return List.of();
        }
        return revisions.findByArticleIdOrderByRevision(articleId).stream().map(ConsoleArticleEditing::view).toList();
    }

    @Override
    public int save(ArticleContent content, String author) {
        Article article = new Article(content.id(), content.title(), content.intents(), content.questions(),
                content.tags(), 1, ArticleStatus.DRAFT, content.body());
        List<FieldProblem> tooLong = columnLimits(content);
        if (!tooLong.isEmpty()) {
            throw new ContentRejectedException(tooLong);
        }
        try {
            return articles.saveRevision(article, author);
        } catch (ContentException rejected) {
            throw new ContentRejectedException(new ContentFieldLines(writer.write(article))
                    .fieldProblems(rejected.problems(), FORM_FIELDS, "body"));
        }
    }

    @Override
    public void submitForReview(String articleId, int revision) {
        step(() -> articles.submitForReview(articleId, revision));
    }

    @Override
    public void returnToDraft(String articleId, int revision) {
        step(() -> articles.returnToDraft(articleId, revision));
    }

    @Override
    public void publish(String articleId, int revision) {
        step(() -> articles.publish(articleId, revision));
    }

    @Override
    public void archive(String articleId) {
        step(() -> articles.archive(articleId));
    }

    @Override
    public ArticlePreview preview(String markdownBody) {
        Article draft = new Article("preview", "", List.of(), List.of(), List.of(), 1, ArticleStatus.DRAFT,
                markdownBody);
        return new ArticlePreview(ArticleHtml.render(markdownBody), PlainText.of(draft.shortAnswer()));
    }

    /** The workflow's refusals (wrong status, no such revision) are messages for the editor, not errors. */
    private static void step(Runnable step) {
        try {
            step.run();
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new EditingRefusedException(refused.getMessage());
        }
    }

    private static List<FieldProblem> columnLimits(ArticleContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content.id().length() > MAX_ID_CHARS) {
            problems.add(new FieldProblem("id", 0, "the id is longer than " + MAX_ID_CHARS + " characters"));
        }
        limit(problems, "intents", content.intents(), MAX_LIST_CHARS);
        limit(problems, "questions", content.questions(), MAX_QUESTIONS_CHARS);
        limit(problems, "tags", content.tags(), MAX_LIST_CHARS);
        return problems;
    }

    private static void limit(List<FieldProblem> problems, String field, List<String> items, int max) {
        int chars = String.join("\n", items).length();
        if (chars > max) {
            problems.add(new FieldProblem(field, 0, "has " + chars + " characters in all, at most " + max));
        }
    }

    static ContentStatus status(ArticleStatus status) {
        return ContentStatus.valueOf(status.name());
    }

    private static ArticleRevisionView view(ArticleRevision revision) {
        Article article = revision.toArticle();
        return new ArticleRevisionView(revision.getRevision(), status(revision.getStatus()), revision.getAuthor(),
                revision.getCreatedAt(), revision.getStatusChangedAt(), new ArticleContent(article.id(),
                article.title(), article.intents(), article.questions(), article.tags(), article.body()));
    }
}
