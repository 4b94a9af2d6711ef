package org.shopchat.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each content rule, broken once in an otherwise valid copy of the shipped knowledge base. */
class ContentValidatorTest {

    private static final ContentFiles SHIPPED = ContentFiles.fromDirectory(ShippedTemplatesTest.KB);
    private final ContentValidator validator = new ContentValidator();

    private static ContentFiles with(String path, String text) {
        TreeMap<String, String> files = new TreeMap<>(SHIPPED.byPath());
        files.put(path, text);
        List<String> index = SHIPPED.index().contains(path) ? SHIPPED.index()
                : java.util.stream.Stream.concat(SHIPPED.index().stream(), java.util.stream.Stream.of(path)).toList();
        return new ContentFiles(files, index);
    }

    private static ContentFiles without(String path) {
        TreeMap<String, String> files = new TreeMap<>(SHIPPED.byPath());
        files.remove(path);
        return new ContentFiles(files, SHIPPED.index().stream().filter(p -> !p.equals(path)).toList());
    }

    private static String shipped(String path) {
        return SHIPPED.byPath().get(path);
    }

    private List<String> problems(ContentFiles files) {
        return validator.validate(files).stream().map(ContentProblem::toString).toList();
    }

    private static final String ARTICLE = """
            ---
            id: test-article
            title: A test article
            intents:
              - return_item
            questions:
              - First way to ask?
              - Second way to ask?
              - Third way to ask?
            tags:
              - test
            revision: 1
            status: published
            ---
            Short answer.

            Details line one.
            Details line two.
            """;

    @Test
    void acceptsAWellFormedNewArticle() {
        assertThat(problems(with("articles/test-article.md", ARTICLE))).isEmpty();
    }

    @Test
    void namesTheLineOfABlamingPhrase() {
        String text = ARTICLE.replace("Details line two.", "As I already said, you should have read the label.");

        assertThat(problems(with("articles/test-article.md", text))).contains(
                "articles/test-article.md:18: breaks the persona's tone rules: 'you should have'");
    }

    @Test
    void namesTheLineOfPlaceholderText() {
        String text = ARTICLE.replace("Details line one.", "TODO write the details");

        assertThat(problems(with("articles/test-article.md", text)))
                .containsExactly("articles/test-article.md:17: contains placeholder text 'TODO'");
    }

    @Test
    void rejectsALinkToAnArticleThatDoesNotExist() {
        String text = ARTICLE.replace("Details line one.", "See [this](kb:no-such-article).");

        assertThat(problems(with("articles/test-article.md", text))).containsExactly(
                "articles/test-article.md:17: link kb:no-such-article does not lead to a published article");
    }

    @Test
    void rejectsALinkToADraftArticle() {
        String draft = ARTICLE.replace("id: test-article", "id: draft-article").replace("published", "draft");
        String linking = ARTICLE.replace("Details line one.", "See [draft](kb:draft-article).");

        ContentFiles files = with("articles/draft-article.md", draft);
        TreeMap<String, String> both = new TreeMap<>(files.byPath());
        both.put("articles/test-article.md", linking);
        List<String> index = new java.util.ArrayList<>(files.index());
        index.add("articles/test-article.md");

        assertThat(problems(new ContentFiles(both, index))).containsExactly(
                "articles/test-article.md:17: link kb:draft-article does not lead to a published article");
    }

    @Test
    void rejectsAShortAnswerTooLongForAChatBubble() {
        String text = ARTICLE.replace("Short answer.", "Long answer. ".repeat(30).strip());

        assertThat(problems(with("articles/test-article.md", text))).singleElement().asString()
                .startsWith("articles/test-article.md:15: the short answer (first paragraph) has 389 characters");
    }

    @Test
    void rejectsABodyThatOpensWithAHeading() {
        String text = ARTICLE.replace("Short answer.", "## Short answer");

        assertThat(problems(with("articles/test-article.md", text))).containsExactly(
                "articles/test-article.md:15: the body must open with a plain paragraph (the short answer), "
                        + "not a heading, list, quote or table");
    }

    @Test
    void rejectsUnknownIntentsTooFewQuestionsAndAnIdThatDoesNotMatchTheFileName() {
        String text = ARTICLE.replace("  - return_item", "  - return_item\n  - order_pizza")
                .replace("  - Third way to ask?\n", "");

        assertThat(problems(with("articles/other-name.md", text))).containsExactlyInAnyOrder(
                "articles/other-name.md:2: id 'test-article' must match the file name articles/test-article.md",
                "articles/other-name.md:6: 'order_pizza' is not an intent name",
                "articles/other-name.md:7: needs 3–6 alternative questions, has 2");
    }

    @Test
    void rejectsTwoArticlesWithTheSameId() {
        String copy = shipped("articles/cookies.md");

        assertThat(problems(with("articles/cookies-copy.md", copy))).contains(
                "articles/cookies.md:2: id 'cookies' is already used by articles/cookies-copy.md");
    }

    @Test
    void reportsAnInformationIntentLeftWithoutAPublishedArticle() {
        ContentFiles files = with("articles/leave-a-review.md",
                shipped("articles/leave-a-review.md").replace("status: published", "status: draft"));
        TreeMap<String, String> map = new TreeMap<>(files.byPath());
        map.put("articles/service-feedback.md",
                shipped("articles/service-feedback.md").replace("  - review\n", ""));

        assertThat(problems(new ContentFiles(map, files.index()))).contains(
                "articles/: intent 'review' is answered by information but no published article lists it");
    }

    @Test
    void namesTheLineOfAVariantWithAnUndeclaredPlaceholder() {
        String text = shipped("templates/cancel-kept.md")
                .replace("Got it, order {orderNumber} will carry on as planned.",
                        "Got it, {customerName}, order {orderNumber} will carry on.");

        assertThat(problems(with("templates/cancel-kept.md", text))).containsExactly(
                "templates/cancel-kept.md:9: uses undeclared placeholder(s) [customerName]; "
                        + "'cancel-kept' declares [orderNumber]");
    }

    @Test
    void namesTheLineOfAVariantThatLeavesOutADeclaredPlaceholder() {
        String text = shipped("templates/order-status.md").replace("Estimated delivery: {eta}.", "");

        assertThat(problems(with("templates/order-status.md", text))).containsExactly(
                "templates/order-status.md:7: leaves out placeholder(s) [eta]: "
                        + "every variant must say everything the code hands over");
    }

    @Test
    void rejectsBrokenBracesTooLongVariantsAndTooFewVariants() {
        String text = """
                ---
                id: goodbye
                description: Reply when the customer says goodbye.
                revision: 1
                status: published
                ---
                - Bye {for now.
                """;
        String tooLong = "- " + "Goodbye and thanks. ".repeat(15).strip() + "\n";

        assertThat(problems(with("templates/goodbye.md", text + tooLong))).containsExactly(
                "templates/goodbye.md:7: braces must only surround placeholder names, e.g. {orderNumber}",
                "templates/goodbye.md:8: variant has 299 characters, at most 280 allowed");
        assertThat(problems(with("templates/goodbye.md", text.replace("{", "")))).containsExactly(
                "templates/goodbye.md:7: customer templates need 2–4 variant(s), found 1");
    }

    @Test
    void reportsAMissingTemplateFileForEveryKey() {
        assertThat(problems(without("templates/refund-none.md"))).containsExactly(
                "templates/refund-none.md: is missing: the bot renders template 'refund-none' with placeholders "
                        + "[orderNumber]");
    }

    @Test
    void requiresEveryShippedTemplateToBePublished() {
        String text = shipped("templates/goodbye.md").replace("status: published", "status: in_review");

        assertThat(problems(with("templates/goodbye.md", text))).containsExactly(
                "templates/goodbye.md:5: every shipped template must be published, the bot needs all of them");
    }

    @Test
    void reportsFilesTheIndexDoesNotList() {
        TreeMap<String, String> files = new TreeMap<>(SHIPPED.byPath());
        files.put("articles/test-article.md", ARTICLE);

        assertThat(problems(new ContentFiles(files, SHIPPED.index()))).containsExactly(
                "index.txt: does not list 'articles/test-article.md' (the file would be missing when loading from a jar)");
    }

    @Test
    void rejectsAMalformedSynonymRuleAndAMissingLicence() {
        String text = "# Synonyms\nparcel, package\nrefund =>\nMoney Back, refund\nmissing, did not arrive\n";

        assertThat(problems(with("synonyms.txt", text))).containsExactly(
                "synonyms.txt:1: must start with '#' comment lines stating source and licence",
                "synonyms.txt:3: '' is not a lower-case term (letters, digits, spaces, hyphens, apostrophes)",
                "synonyms.txt:4: 'Money Back' is not a lower-case term (letters, digits, spaces, hyphens, apostrophes)",
                "synonyms.txt:5: 'did not arrive' contains the stop word 'not', which the search analyzer drops");
    }

    @Test
    void rejectsRetrievalQuestionsThatCopyAnArticleOrExpectAMissingOne() {
        String text = "# Source: written for this project. Licence: Apache-2.0.\n"
                + "WHERE is your nearest store!!\tonline-only\n"
                + "Do you have shops I can visit?\tonline-only\n"
                + "can i pay by cheque\tno-such-article\n"
                + "broken line without tab\n";

        assertThat(problems(with(RetrievalQuestions.FILE, text))).containsExactly(
                "eval/retrieval-questions.tsv:5: expected '<question><TAB><article-id>'");
        assertThat(problems(with(RetrievalQuestions.FILE, text.replace("broken line without tab\n", ""))))
                .containsExactly(
                        "eval/retrieval-questions.tsv:2: is worded too much like the title or a question of article "
                                + "'online-only'; phrase it differently",
                        "eval/retrieval-questions.tsv:3: is worded too much like the title or a question of article "
                                + "'online-only'; phrase it differently",
                        "eval/retrieval-questions.tsv:4: expected article 'no-such-article' is not a published article");
    }

    @Test
    void rejectsRetrievalQuestionsThatOnlyReorderAnArticleQuestion() {
        String text = "# Source: written for this project. Licence: Apache-2.0.\n"
                + "shops, do you have any I can visit\tonline-only\n"
                + "any physical shop near me where I could look at the coats\tonline-only\n";

        assertThat(problems(with(RetrievalQuestions.FILE, text))).containsExactly(
                "eval/retrieval-questions.tsv:2: is worded too much like the title or a question of article "
                        + "'online-only'; phrase it differently");
    }

    @Test
    void validatesThePersonaForTheEditorConsole() {
        Persona shipped = new PersonaParser().parse("persona.md", shipped("persona.md"));
        java.util.Set<String> paths = SHIPPED.byPath().keySet();
        assertThat(validator.validatePersona(shipped, paths)).isEmpty();
        Persona broken = new Persona("A name that is much too long for the widget header", shipped.role(),
                "kb/missing.png", java.util.List.of("Warm.", "TBD"), 50, shipped.description());
        assertThat(validator.validatePersona(broken, paths)).extracting(ContentProblem::toString).containsExactly(
                "persona.md:2: name needs 1 to 40 characters",
                "persona.md:4: avatar 'kb/missing.png' must be an image shipped under kb/, e.g. kb/avatar.svg, "
                        + "or an https address of an image file",
                "persona.md:7: contains placeholder text 'TBD'",
                "persona.md:8: maxReplyChars must be between 80 and 1000");
        Persona elsewhere = new Persona("Nova", shipped.role(), "https://cdn.example.com/avatars/nova.png",
                shipped.toneRules(), shipped.maxReplyChars(), shipped.description());
        assertThat(validator.validatePersona(elsewhere, paths)).isEmpty();
        assertThat(ContentValidator.isAvatarUrl("http://cdn.example.com/nova.png")).isFalse();
        assertThat(ContentValidator.isAvatarUrl("https://cdn.example.com/nova.png?x=1")).isFalse();
        assertThat(ContentValidator.isAvatarUrl("https://user@cdn.example.com/nova.png")).isFalse();
    }

    @Test
    void rejectsStrayFiles() {
        assertThat(problems(with("notes.txt", "scratch"))).containsExactly(
                "notes.txt: is not a knowledge base file type (articles/*.md, templates/*.md, persona.md, its avatar, "
                        + "synonyms.txt, eval/retrieval-questions.tsv)");
    }

    @Test
    void validatesOneArticleOrTemplateForTheEditorConsole() {
        Article article = new ArticleParser().parse("articles/test-article.md",
                ARTICLE.replace("Short answer.", "It's your fault, obviously."));
        Persona persona = new PersonaParser().parse("persona.md", shipped("persona.md"));
        ResponseTemplate template = new ResponseTemplate(TemplateKey.AGENT_JOINED, "joined", 2,
                ArticleStatus.DRAFT, List.of("{agentName} is here.", "{agentName} joined, lorem ipsum."));

        assertThat(validator.validateArticle(article, Set.of())).extracting(ContentProblem::toString)
                .containsExactly("articles/test-article.md:15: breaks the persona's tone rules: 'your fault'");
        assertThat(validator.validateTemplate(template, persona)).extracting(ContentProblem::toString)
                .containsExactly("templates/agent-joined.md:8: contains placeholder text 'lorem'");
    }

    @Test
    void loadingBrokenContentFailsWithEveryProblemNamed() {
        ContentFiles broken = without("persona.md");

        assertThatThrownBy(() -> KnowledgeContent.load(broken))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("persona.md: is missing");
    }
}
