package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shopchat.kb.ArticleStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The Lucene index of published articles: analysis, synonyms, boosts and live changes. */
class ArticleIndexTests {

    private final SearchAnalysis analysis = new SearchAnalysis(TestArticles.SYNONYMS);
    private final ArticleIndex index = new ArticleIndex(analysis, KnowledgeProperties.defaults().tuning());

    ArticleIndexTests() {
        index.replaceAll(TestArticles.all().stream().map(IndexedArticle::of).toList());
    }

    @AfterEach
    void close() {
        index.close();
        analysis.close();
    }

    @Test
    void findsTheArticleForACustomerParaphrase() {
        assertThat(top("how many days until the money reaches my bank account")).isEqualTo("refund-timing");
    }

    @Test
    void stemsSoThatOtherWordFormsMatch() {
        assertThat(top("returning shoes")).isEqualTo("returns-policy");
    }

    @Test
    void usesTheSynonymListAtQueryTime() {
        // "package" and "lost" appear in no article; synonyms.txt maps them to "parcel" and "missing".
        assertThat(top("my package got lost")).isEqualTo("parcel-not-arrived");
        assertThat(top("when do I get a reimbursement")).isEqualTo("refund-timing");
    }

    @Test
    void usesMultiWordSynonyms() {
        assertThat(top("can I have my money back")).isEqualTo("refund-timing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"refund AND \"money", "title:(refund) OR *:*", "refund~2 ^3 [a TO z]", "refund\\", "(((refund",
            "-refund +gift", "refund && || !gift"})
    void neverParsesCustomerTextAsQuerySyntax(String text) {
        assertThatCode(() -> index.search(text, List.of(), 5)).doesNotThrowAnyException();
        assertThat(index.search(text, List.of(), 5)).isNotEmpty()
                .extracting(ArticleHit::articleId).contains("refund-timing");
    }

    @Test
    void findsNothingForTextWithoutSearchableWords() {
        assertThat(index.search("*:*", List.of(), 5)).isEmpty();
        assertThat(index.search("how do I ... ?", List.of(), 5)).isEmpty();
        assertThat(index.search("", List.of(), 5)).isEmpty();
    }

    @Test
    void listsTheArticlesOfAnIntentForTextWithoutWordsMainAnswersFirst() {
        index.put(IndexedArticle.of(TestArticles.published("refund-methods", 1, "How refunds are paid",
                List.of("check_payment_methods", "get_refund"), List.of("a", "b", "c"), "To the card you paid with.")));

        List<ArticleHit> hits = index.search("", List.of("get_refund"), 5);

        assertThat(hits).extracting(ArticleHit::articleId).containsExactly("refund-timing", "refund-methods");
        assertThat(hits).extracting(ArticleHit::score).containsOnly(0.0);
        assertThat(index.search("", List.of(), 5)).isEmpty();
    }

    @Test
    void cutsVeryLongTextInsteadOfFailing() {
        String pasted = "refund ".repeat(5) + "word ".repeat(5_000);
        assertThat(index.search(pasted, List.of(), 5)).extracting(ArticleHit::articleId).contains("refund-timing");
    }

    @Test
    void intentHintRaisesArticlesAnsweringThatIntent() {
        // "refund" is in both articles; the returns article wins on its own words, the hint turns it round.
        String text = "refund for a returned parcel";
        List<ArticleHit> plain = index.search(text, List.of(), 2);
        List<ArticleHit> hinted = index.search(text, List.of("get_refund"), 2);
        assertThat(plain.get(0).articleId()).isNotEqualTo("refund-timing");
        assertThat(hinted.get(0).articleId()).isEqualTo("refund-timing");
        assertThat(hinted.get(0).score()).isGreaterThan(plain.stream()
                .filter(h -> h.articleId().equals("refund-timing")).findFirst().orElseThrow().score());
    }

    @Test
    void intentHintNeverMakesAnArticleMatchOnItsOwn() {
        assertThat(index.search("gift card balance", List.of("missing_delivery"), 10))
                .extracting(ArticleHit::articleId).doesNotContain("parcel-not-arrived");
    }

    @Test
    void hitCarriesWhatTheChatShows() {
        ArticleHit hit = index.search("gift voucher", List.of(), 1).get(0);
        assertThat(hit.articleId()).isEqualTo("gift-cards");
        assertThat(hit.revision()).isEqualTo(1);
        assertThat(hit.title()).isEqualTo("Gift cards");
        assertThat(hit.shortAnswer()).isEqualTo("Gift cards are sold from £10 to £200 and are valid for 24 months.");
        assertThat(hit.url()).isEqualTo("/kb/gift-cards");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void shortAnswerIsPlainTextWithoutMarkdown() {
        IndexedArticle article = IndexedArticle.of(TestArticles.published("faq", 1, "FAQ", List.of("x"),
                List.of("a", "b", "c"), "You **can** read [our terms](kb:terms) or `code`.\n\nMore."));
        assertThat(article.shortAnswer()).isEqualTo("You can read our terms or code.");
        assertThat(article.body()).doesNotContain("kb:", "**");
    }

    @Test
    void aPutRevisionReplacesTheEarlierOneForTheNextSearch() {
        index.put(IndexedArticle.of(TestArticles.withRevision(TestArticles.GIFT_CARDS, 2, ArticleStatus.PUBLISHED,
                "Gift cards never expire and can be spent online or in our Bath store.\n\nDetails.")));
        List<ArticleHit> hits = index.search("gift card", List.of(), 5);
        assertThat(hits).extracting(ArticleHit::articleId).containsOnlyOnce("gift-cards");
        assertThat(hits.get(0).revision()).isEqualTo(2);
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void aRemovedArticleIsNotFoundAnyMore() {
        index.remove("gift-cards");
        assertThat(index.search("gift card", List.of(), 5)).extracting(ArticleHit::articleId)
                .doesNotContain("gift-cards");
    }

    private String top(String text) {
        List<ArticleHit> hits = index.search(text, List.of(), 1);
        assertThat(hits).as("hits for '%s'", text).isNotEmpty();
        return hits.get(0).articleId();
    }
}
