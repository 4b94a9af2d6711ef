package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.Test;
import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ContentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers for customers, live index changes on publish and archive, and feedback per revision. Every call commits
 * (no test transaction), as in the running bot, so the index listeners run after commit.
 */
// The four test articles make a tiny corpus with low term weights (IDF), hence a lower threshold than the shipped one.
// BM25 only: the behaviour checked here (thresholds, empty results) is that of word matching; HybridSearchTests covers
// the sentence vectors.
@DataJpaTest(properties = {"shopchat.knowledge.min-score=1.0", "shopchat.knowledge.embeddings=false"})
@Import(KnowledgeTestConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
class KnowledgeBaseTests {

    private static final String EDITOR = "editor@northwind.example";

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    KnowledgeProperties properties;

    @Test
    void answersWithThePublishedArticleThatFitsBest() {
        assertThat(knowledge.bestAnswer("my package got lost in the post", List.of())).get()
                .extracting(ArticleHit::articleId, ArticleHit::revision, ArticleHit::url)
                .containsExactly("parcel-not-arrived", 1, "/kb/parcel-not-arrived");
    }

    @Test
    void hasNoAnswerWhenTheBestMatchScoresBelowTheThreshold() {
        // "statement" is one word deep in one article's body: a match, but too weak to be the answer.
        List<ArticleHit> weak = knowledge.search("is my statement correct", List.of(), 5);

        assertThat(weak).isNotEmpty();
        assertThat(weak.get(0).score()).isLessThan(properties.minScore());
        assertThat(knowledge.bestAnswer("is my statement correct", List.of())).isEmpty();
    }

    @Test
    void hasNoAnswerForTextWithoutAnyKnownWord() {
        assertThat(knowledge.bestAnswer("what is the weather in Paris tomorrow", List.of())).isEmpty();
        assertThat(knowledge.bestAnswer("   ", List.of())).isEmpty();
        assertThat(knowledge.bestAnswer("", List.of("get_refund"))).isEmpty();
    }

    @Test
    void searchListsSeveralArticlesBestFirst() {
        List<ArticleHit> hits = knowledge.search("refund for a returned parcel", List.of(), 3);

        assertThat(hits).hasSizeGreaterThan(1);
        assertThat(hits).extracting(ArticleHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aPublishedRevisionIsAnsweredAtOnceWithoutRestart() {
        Article draft = clickAndCollect("Collect your order free from our Bath store two days after ordering.");
        int first = articles.saveRevision(draft, EDITOR);
        assertThat(knowledge.search("click and collect", List.of(), 5)).isEmpty();

        articles.submitForReview("click-and-collect", first);
        assertThat(knowledge.search("click and collect", List.of(), 5)).isEmpty();
        articles.publish("click-and-collect", first);
        assertThat(knowledge.bestAnswer("can I collect my order from the store", List.of())).get()
                .extracting(ArticleHit::articleId, ArticleHit::revision).containsExactly("click-and-collect", first);

        int second = articles.saveRevision(clickAndCollect(
                "Collect your order free from our Bath store the day after ordering."), EDITOR);
        articles.submitForReview("click-and-collect", second);
        articles.publish("click-and-collect", second);
        assertThat(knowledge.bestAnswer("can I collect my order from the store", List.of())).get()
                .extracting(ArticleHit::revision, ArticleHit::shortAnswer)
                .containsExactly(second, "Collect your order free from our Bath store the day after ordering.");
        assertThat(articles.history("click-and-collect")).extracting(Article::status)
                .containsExactly(ArticleStatus.ARCHIVED, ArticleStatus.PUBLISHED);

        articles.archive("click-and-collect");
        assertThat(knowledge.search("click and collect", List.of(), 5)).isEmpty();
    }

    @Test
    void onlyAReviewedRevisionCanBePublished() {
        int draft = articles.saveRevision(collectArticle("store-pickup", "Collect free from our Bath store."), EDITOR);

        assertThatThrownBy(() -> articles.publish("store-pickup", draft))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only a in_review revision");
    }

    @Test
    void rejectsAnEditWhichBreaksTheContentRules() {
        Article noQuestions = new Article("bad-article", "A title", List.of("delivery_options"), List.of(),
                List.of("delivery"), 1, ArticleStatus.DRAFT, "Some text.");

        assertThatThrownBy(() -> articles.saveRevision(noQuestions, EDITOR)).isInstanceOf(ContentException.class)
                .hasMessageContaining("alternative questions");
        assertThat(articles.history("bad-article")).isEmpty();
    }

    @Test
    void storesFeedbackPerRevisionAndALaterAnswerReplacesTheEarlierOne() {
        UUID conversation = UUID.randomUUID();
        knowledge.recordFeedback(conversation, 4, "refund-timing", 1, false);
        knowledge.recordFeedback(conversation, 4, "refund-timing", 1, true);
        knowledge.recordFeedback(conversation, 8, "refund-timing", 1, false);
        knowledge.recordFeedback(UUID.randomUUID(), 2, "refund-timing", 1, true);

        FeedbackSummary summary = knowledge.feedback("refund-timing");

        assertThat(summary.revisions()).containsExactly(new FeedbackSummary.RevisionFeedback(1, 2, 1));
        assertThat(summary.helpful()).isEqualTo(2);
        assertThat(summary.unhelpful()).isEqualTo(1);
    }

    @Test
    void keepsFeedbackOfEachRevisionApart() {
        int revision = articles.saveRevision(TestArticles.withRevision(TestArticles.LOST_PARCEL, 1,
                ArticleStatus.DRAFT, "If your parcel is a day late, tell us and we will trace it.\n\nMore."), EDITOR);
        knowledge.recordFeedback(UUID.randomUUID(), 3, "parcel-not-arrived", 1, false);
        knowledge.recordFeedback(UUID.randomUUID(), 3, "parcel-not-arrived", revision, true);

        assertThat(knowledge.feedback("parcel-not-arrived").revisions()).containsExactly(
                new FeedbackSummary.RevisionFeedback(1, 0, 1),
                new FeedbackSummary.RevisionFeedback(revision, 1, 0));
    }

    @Test
    void rejectsFeedbackForARevisionThatDoesNotExist() {
        assertThatThrownBy(() -> knowledge.recordFeedback(UUID.randomUUID(), 1, "refund-timing", 99, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("article refund-timing has no revision 99");
        assertThat(knowledge.feedback("no-such-article").revisions()).isEmpty();
    }

    private static Article clickAndCollect(String shortAnswer) {
        return collectArticle("click-and-collect", shortAnswer);
    }

    private static Article collectArticle(String id, String shortAnswer) {
        return new Article(id, "Click and collect in store", List.of("delivery_options"),
                List.of("Can I pick my order up in a shop?", "Is store pickup free?", "Where can I collect parcels?"),
                List.of("delivery"), 1, ArticleStatus.DRAFT, shortAnswer + "\n\nBring your order confirmation.");
    }
}
