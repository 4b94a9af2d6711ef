package org.shopchat.bot.knowledge;

import org.shopchat.kb.Article;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The public page of a published article, where the chat's "read more" link leads. */
@Controller
class ArticlePageController {

    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_CHARS = 80;

    private final KnowledgeArticles articles;

    ArticlePageController(KnowledgeArticles articles) {
        this.articles = articles;
    }

    @GetMapping("/kb/{id}")
    ModelAndView article(@PathVariable String id) {
        Optional<Article> published = id.length() <= MAX_ID_CHARS && ARTICLE_ID.matcher(id).matches()
                ? articles.published(id) : Optional.empty();
        if (published.isEmpty()) {
            return new ModelAndView("knowledge/not-found", Map.of(), HttpStatus.NOT_FOUND);
        }
        Article article = published.get();
        return new ModelAndView("knowledge/article", Map.of(
                "title", article.title(),
                "revision", article.revision(),
                "html", ArticleHtml.render(article.body())));
    }
}
