package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.Test;
import org.shopchat.kb.Article;
import org.shopchat.kb.KnowledgeContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole application: at start-up every shipped article is in the database, searchable and on its page. */
@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeStartupTests {

    @Autowired
    KnowledgeContent shipped;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    MockMvc mvc;

    @Test
    void everyShippedPublishedArticleIsImportedSearchableAndServed() throws Exception {
        assertThat(shipped.publishedArticles()).isNotEmpty().allSatisfy(article -> {
            assertThat(articles.published(article.id())).contains(article);
            assertThat(knowledge.search(article.title(), java.util.List.of(), 10))
                    .extracting(ArticleHit::articleId).contains(article.id());
        });
        Article first = shipped.publishedArticles().get(0);
        mvc.perform(get("/kb/" + first.id())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(first.title())));
    }
}
