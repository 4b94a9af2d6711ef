package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.Test;
import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public article page: Markdown rendered, sanitised, internal links resolved, unknown ids a 404 page. */
@WebMvcTest(ArticlePageController.class)
@Import(ArticlePageTests.ShopSecurity.class)
class ArticlePageTests {

    /** The application's real security rules (package-private in the root package, hence imported by name). */
    static class ShopSecurity implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {"org.shopchat.bot.SecurityConfiguration"};
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KnowledgeArticles articles;

    @Test
    void rendersThePublishedArticleFromMarkdownWithoutLogin() throws Exception {
        publish("Returns are free within **30 days**.\n\n## How to return\n\n- Print the label\n- Drop it off\n\n"
                + "Read [how refunds work](kb:refund-timing) or our [terms](https://northwind.example/terms).");

        String html = page("/kb/returns-policy", 200);

        assertThat(html).contains("<title>Returning an item — Northwind Goods help</title>",
                "<h1>Returning an item</h1>", "<strong>30 days</strong>", "<h2>How to return</h2>",
                "<li>Print the label</li>", "data-revision=\"3\"");
        assertThat(html).containsPattern("<a href=\"/kb/refund-timing\"[^>]*>how refunds work</a>");
        assertThat(html).containsPattern("<a href=\"https://northwind.example/terms\"[^>]*>terms</a>");
        assertThat(html).doesNotContain("kb:refund-timing");
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() throws Exception {
        publish("Hello <script>alert('x')</script> there.\n\n<img src=x onerror=\"alert(1)\">\n\n"
                + "[click me](javascript:alert(2)) and <a href=\"javascript:alert(3)\">me too</a> "
                + "<a href=\"#\" onclick=\"alert(4)\">and me</a>\n\n<iframe src=\"https://evil.example\"></iframe>");

        String html = page("/kb/returns-policy", 200);
        String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));

        assertThat(article.toLowerCase()).doesNotContain("<script", "alert(", "onerror", "onclick", "javascript:",
                "<iframe", "<img");
        assertThat(article).contains("Hello", "click me", "me too", "and me");
    }

    @Test
    void aMalformedInternalLinkLeadsNowhere() throws Exception {
        publish("See [elsewhere](kb:../../admin) for more.");

        assertThat(page("/kb/returns-policy", 200)).doesNotContain("admin").contains("elsewhere");
    }

    @Test
    void unknownArticleGetsTheNotFoundPage() throws Exception {
        given(articles.published(anyString())).willReturn(Optional.empty());

        assertThat(page("/kb/no-such-article", 404)).contains("couldn't find that help page");
        assertThat(page("/kb/NOT..valid", 404)).contains("couldn't find that help page");
    }

    private void publish(String body) {
        given(articles.published("returns-policy")).willReturn(Optional.of(new Article("returns-policy",
                "Returning an item", List.of("return_item"), List.of("a", "b", "c"), List.of("returns"), 3,
                ArticleStatus.PUBLISHED, body)));
    }

    private String page(String path, int expectedStatus) throws Exception {
        return mvc.perform(get(path)).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
