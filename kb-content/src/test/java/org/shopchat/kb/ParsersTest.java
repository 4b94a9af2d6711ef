package org.shopchat.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsersTest {

    static final String ARTICLE = """
            ---
            id: returns-start
            title: How do I return an item?
            intents:
              - return_item
            questions:
              - Can I send something back?
              - "Where's the returns form: online or in the parcel?"
              - How do returns work?
            tags:
              - returns
            revision: 2
            status: published
            ---
            You can return most items within **30 days**, free of charge.
            Start the return in your account.

            ## Details

            See [refunds](kb:refund-timing).
            """;

    @Test
    void readsAnArticleWithItsShortAnswer() {
        Article article = new ArticleParser().parse("articles/returns-start.md", ARTICLE);

        assertThat(article.id()).isEqualTo("returns-start");
        assertThat(article.intents()).containsExactly("return_item");
        assertThat(article.questions()).hasSize(3).contains("Where's the returns form: online or in the parcel?");
        assertThat(article.revision()).isEqualTo(2);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.shortAnswer())
                .isEqualTo("You can return most items within **30 days**, free of charge. Start the return in your account.");
        assertThat(article.body()).startsWith("You can return").endsWith("(kb:refund-timing).");
    }

    @Test
    void namesFileAndLineOfAMissingKeyAndABadStatus() {
        String broken = ARTICLE.replace("revision: 2\n", "").replace("status: published", "status: live");

        ParseResult<Article> result = new ArticleParser().read("articles/returns-start.md", broken);

        assertThat(result.value()).isEmpty();
        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "articles/returns-start.md:1: missing required key 'revision'",
                "articles/returns-start.md:12: status 'live' is not one of draft|in_review|published|archived");
    }

    @Test
    void namesTheLineOfInvalidYaml() {
        String broken = ARTICLE.replace("title: How do I return an item?", "title: [unclosed");

        ParseResult<Article> result = new ArticleParser().read("articles/x.md", broken);

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).file()).isEqualTo("articles/x.md");
        assertThat(result.problems().get(0).line()).isBetween(3, 5);
        assertThat(result.problems().get(0).message()).startsWith("front matter is not valid YAML");
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        assertThatThrownBy(() -> new ArticleParser().parse("articles/x.md", "Just text\n"))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("articles/x.md:1: file must start with a '---' line");
    }

    @Test
    void rejectsUnknownKeysAndWrongTypes() {
        String broken = ARTICLE.replace("revision: 2", "revision: two\nauthor: me").replace("intents:\n  - return_item",
                "intents: return_item");

        ParseResult<Article> result = new ArticleParser().read("articles/returns-start.md", broken);

        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "articles/returns-start.md:4: 'intents' must be a list ('- item' lines or [a, b])",
                "articles/returns-start.md:11: 'revision' must be a whole number",
                "articles/returns-start.md:12: unknown key 'author' (allowed: [id, intents, questions, revision, status, tags, title])");
    }

    static final String TEMPLATE = """
            ---
            id: cancel-kept
            description: The customer decided not to cancel.
            revision: 1
            status: published
            ---
            - No problem, order {orderNumber} stays as it is.
            - Okay, order {orderNumber} is still going ahead.
            """;

    @Test
    void readsATemplateWithOneVariantPerBullet() {
        ParseResult<ResponseTemplate> result = new TemplateParser().read("templates/cancel-kept.md", TEMPLATE);

        ResponseTemplate template = result.orThrow();
        assertThat(template.key()).isEqualTo(TemplateKey.CANCEL_KEPT);
        assertThat(template.variants()).containsExactly("No problem, order {orderNumber} stays as it is.",
                "Okay, order {orderNumber} is still going ahead.");
        assertThat(result.lines().item(TemplateParser.VARIANTS, 1)).isEqualTo(8);
    }

    @Test
    void rejectsAVariantSpreadOverTwoLinesAndAnUnknownTemplateId() {
        String broken = TEMPLATE.replace("id: cancel-kept", "id: cancel-maybe")
                .replace("stays as it is.", "stays\nas it is.");

        ParseResult<ResponseTemplate> result = new TemplateParser().read("templates/cancel-kept.md", broken);

        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "templates/cancel-kept.md:2: 'cancel-maybe' is not a template id the bot knows (see TemplateKey)",
                "templates/cancel-kept.md:8: each variant must be one line starting with '- '");
    }

    @Test
    void readsThePersona() {
        String text = """
                ---
                name: Nora
                role: Assistant
                avatar: kb/avatar.svg
                toneRules:
                  - Warm.
                maxReplyChars: 280
                ---
                Nora is kind.
                """;

        Persona persona = new PersonaParser().parse("persona.md", text);

        assertThat(persona).isEqualTo(new Persona("Nora", "Assistant", "kb/avatar.svg", java.util.List.of("Warm."),
                280, "Nora is kind."));
    }
}
