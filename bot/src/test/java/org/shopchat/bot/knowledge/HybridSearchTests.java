package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopchat.kb.ArticleStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Hybrid search: BM25 plus all-MiniLM-L6-v2 sentence similarity, on the small test articles with the bot's default
 * tuning. The model is the real one (in the jar, loaded once per JVM), so these tests say what customers get.
 */
class HybridSearchTests {

    private static final KnowledgeProperties DEFAULTS = KnowledgeProperties.defaults();

    private final SearchAnalysis analysis = new SearchAnalysis(TestArticles.SYNONYMS);
    private final ArticleIndex words = new ArticleIndex(analysis, DEFAULTS.tuning());
    private final ArticleIndex hybrid = new ArticleIndex(analysis, DEFAULTS.tuning(), MiniLmSentenceEmbeddings.shared());

    HybridSearchTests() {
        List<IndexedArticle> articles = TestArticles.all().stream().map(IndexedArticle::of).toList();
        words.replaceAll(articles);
        hybrid.replaceAll(articles);
    }

    @AfterEach
    void close() {
        words.close();
        hybrid.close();
        analysis.close();
    }

    @Test
    void findsAnArticleByMeaningWhenNoWordMatches() {
        String question = "still waiting for the box to show up";

        assertThat(top(words, question)).isNotEqualTo("parcel-not-arrived");
        assertThat(top(hybrid, question)).isEqualTo("parcel-not-arrived");
    }

    @Test
    void addsMeaningToTheWordScoreNeverTakesFromIt() {
        String question = "when will I get my refund";
        double wordScore = words.search(question, List.of(), 1).get(0).score();

        ArticleHit best = hybrid.search(question, List.of(), 1).get(0);

        assertThat(best.articleId()).isEqualTo("refund-timing");
        assertThat(best.score()).isGreaterThan(wordScore);
    }

    @Test
    void questionsAboutSomethingElseStayBelowTheAnswerThreshold() {
        for (String offTopic : List.of("what is the weather in Paris tomorrow", "tell me a joke about penguins",
                "how many calories are in a banana")) {
            List<ArticleHit> hits = hybrid.search(offTopic, List.of(), 1);
            assertThat(hits.isEmpty() || hits.get(0).score() < DEFAULTS.hybridMinScore())
                    .as("'%s' answered with %s", offTopic, hits).isTrue();
        }
    }

    @Test
    void anIntentHintMultipliesTheWholeScore() {
        String question = "refund for a returned parcel";
        double plain = scoreOf(hybrid.search(question, List.of(), 4), "refund-timing");

        double hinted = scoreOf(hybrid.search(question, List.of("get_refund"), 4), "refund-timing");

        assertThat(hinted).isCloseTo(plain * DEFAULTS.intentBoost(), within(1e-3));
    }

    @Test
    void aRemovedArticleIsNotFoundByMeaningEither() {
        hybrid.remove("gift-cards");

        assertThat(hybrid.search("can I buy a present voucher for my sister", List.of(), 5))
                .extracting(ArticleHit::articleId).doesNotContain("gift-cards");
    }

    @Test
    void aPutRevisionIsSearchedByItsNewMeaning() {
        hybrid.put(IndexedArticle.of(TestArticles.withRevision(TestArticles.GIFT_CARDS, 2, ArticleStatus.PUBLISHED,
                "Gift cards never expire.\n\nDetails.")));

        List<ArticleHit> hits = hybrid.search("do gift cards have an end date", List.of(), 5);

        assertThat(hits.get(0).articleId()).isEqualTo("gift-cards");
        assertThat(hits.get(0).revision()).isEqualTo(2);
        assertThat(hits.get(0).shortAnswer()).isEqualTo("Gift cards never expire.");
        assertThat(hits).extracting(ArticleHit::articleId).containsOnlyOnce("gift-cards");
    }

    @Test
    void textWithoutSearchableWordsListsTheHintedArticlesAsBefore() {
        assertThat(hybrid.search("", List.of("get_refund"), 5)).extracting(ArticleHit::articleId)
                .containsExactly("refund-timing");
        assertThat(hybrid.search("", List.of(), 5)).isEmpty();
    }

    @Test
    void sentenceVectorsHaveUnitLengthAndCloserMeaningsScoreHigher() {
        SentenceEmbeddings embeddings = MiniLmSentenceEmbeddings.shared();
        float[] refund = embeddings.embed("When do I get my money back?");
        float[] paraphrase = embeddings.embed("How long until my refund arrives?");
        float[] unrelated = embeddings.embed("Which football team won the league?");

        assertThat(SentenceEmbeddings.dot(refund, refund)).isCloseTo(1f, within(1e-4f));
        assertThat(SentenceEmbeddings.dot(refund, paraphrase)).isGreaterThan(SentenceEmbeddings.dot(refund, unrelated));
        assertThat(embeddings.embed("When do I get my money back?")).containsExactly(refund);
    }

    @Test
    void rejectsASemanticFloorOutsideZeroToOne() {
        assertThatThrownBy(() -> new SearchTuning(2, 2, 1, 1.5f, 1.2f, 0.75f, 80, 1.0f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("semanticFloor");
        assertThatThrownBy(() -> new SearchTuning(2, 2, 1, 1.5f, 1.2f, 0.75f, -1, 0.3f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("semanticWeight");
    }

    private static String top(ArticleIndex index, String text) {
        List<ArticleHit> hits = index.search(text, List.of(), 1);
        return hits.isEmpty() ? "(nothing)" : hits.get(0).articleId();
    }

    private static double scoreOf(List<ArticleHit> hits, String articleId) {
        return hits.stream().filter(h -> h.articleId().equals(articleId)).findFirst().orElseThrow().score();
    }
}
