package org.shopchat.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    private final MarkdownWriter writer = new MarkdownWriter();

    @Test
    void writesAnArticleBackToTheSameText() {
        Article article = new ArticleParser().parse("articles/returns-start.md", ParsersTest.ARTICLE);

        assertThat(writer.write(article)).isEqualTo(ParsersTest.ARTICLE);
    }

    @Test
    void writesATemplateBackToTheSameText() {
        ResponseTemplate template = new TemplateParser().parse("templates/cancel-kept.md", ParsersTest.TEMPLATE);

        assertThat(writer.write(template)).isEqualTo(ParsersTest.TEMPLATE);
    }

    @Test
    void quotesOnlyTextsYamlWouldReadDifferently() {
        assertThat(MarkdownWriter.yamlScalar("Where's my parcel?")).isEqualTo("Where's my parcel?");
        assertThat(MarkdownWriter.yamlScalar("Delivery: how long?")).isEqualTo("\"Delivery: how long?\"");
        assertThat(MarkdownWriter.yamlScalar("yes")).isEqualTo("\"yes\"");
        assertThat(MarkdownWriter.yamlScalar("2024")).isEqualTo("\"2024\"");
        assertThat(MarkdownWriter.yamlScalar("- dash")).isEqualTo("\"- dash\"");
        assertThat(MarkdownWriter.yamlScalar("say \"hi\" # now")).isEqualTo("\"say \\\"hi\\\" # now\"");
    }

    @Test
    void roundTripsAnyTextThroughQuoting() {
        Article article = new Article("a-b", "Title: with \"quotes\" and \\ backslash", List.of("return_item"),
                List.of("true", "#hash", "tab\there", "  padded  "), List.of("x"), 1, ArticleStatus.DRAFT, "Body.");

        String text = writer.write(article);

        assertThat(new ArticleParser().parse("articles/a-b.md", text)).isEqualTo(article);
    }
}
