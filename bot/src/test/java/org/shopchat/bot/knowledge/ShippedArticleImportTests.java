package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.Test;
import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipped kb-content articles reach the database on first start and on upgrade, never over an editor's work. */
@DataJpaTest
@Import(KnowledgeTestConfiguration.class)
@RecordApplicationEvents
class ShippedArticleImportTests {

    @Autowired
    ShippedArticleImport shippedImport;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    ApplicationEvents events;

    @Test
    void importsEveryShippedArticleOnFirstStart() {
        // KnowledgeStartup has imported the test content when the context started.
        assertThat(TestArticles.all()).allSatisfy(shipped -> {
            assertThat(articles.published(shipped.id())).contains(shipped);
            assertThat(articles.history(shipped.id())).containsExactly(shipped);
        });
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        ShippedArticleImport.Outcome again = shippedImport.importArticles(TestArticles.all());

        assertThat(again).isEqualTo(new ShippedArticleImport.Outcome(0, 0, TestArticles.all().size(), 0));
        assertThat(events.stream(ArticlePublished.class)).isEmpty();
    }

    @Test
    void takesOnlyNewerShippedRevisionsOnUpgrade() {
        Article newer = TestArticles.withRevision(TestArticles.REFUNDS, 2, ArticleStatus.PUBLISHED,
                "Refunds now reach you within 3 working days.\n\nDetails.");
        Article older = TestArticles.withRevision(TestArticles.GIFT_CARDS, 1, ArticleStatus.PUBLISHED,
                "A changed text under the old revision number.\n\nIgnored.");

        ShippedArticleImport.Outcome upgrade = shippedImport.importArticles(List.of(newer, older));

        assertThat(upgrade).isEqualTo(new ShippedArticleImport.Outcome(0, 1, 1, 0));
        assertThat(articles.published("refund-timing")).contains(newer);
        assertThat(articles.history("refund-timing")).extracting(Article::revision, Article::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ArticleStatus.ARCHIVED),
                        org.assertj.core.groups.Tuple.tuple(2, ArticleStatus.PUBLISHED));
        assertThat(articles.published("gift-cards")).contains(TestArticles.GIFT_CARDS);
        assertThat(events.stream(ArticlePublished.class)).containsExactly(new ArticlePublished("refund-timing", 2));
    }

    @Test
    void addsArticlesThatAreNewInAnUpgrade() {
        Article added = TestArticles.published("store-hours", 1, "Store opening hours", List.of("contact_customer_service"),
                List.of("When is the shop open?", "Are you open on Sunday?", "Opening times"),
                "Our Bath store is open Monday to Saturday, 9am to 6pm.\n\nClosed on Sundays.");

        assertThat(shippedImport.importArticles(List.of(added)).added()).isEqualTo(1);
        assertThat(articles.published("store-hours")).contains(added);
    }

    @Test
    void neverOverwritesAnArticleAnEditorChanged() {
        Article edit = TestArticles.withRevision(TestArticles.RETURNS, 1, ArticleStatus.DRAFT,
                "You can return unworn items within 60 days for a full refund.\n\nOur winter offer.");
        int editorRevision = articles.saveRevision(edit, "editor@northwind.example");
        articles.submitForReview("returns-policy", editorRevision);
        articles.publish("returns-policy", editorRevision);
        Article shippedLater = TestArticles.withRevision(TestArticles.RETURNS, 5, ArticleStatus.PUBLISHED,
                "Shipped text from a later release.\n\nIt must not replace the editor's.");

        ShippedArticleImport.Outcome upgrade = shippedImport.importArticles(List.of(shippedLater));

        assertThat(upgrade.keptEditorRevisions()).isEqualTo(1);
        assertThat(editorRevision).isEqualTo(2);
        assertThat(articles.published("returns-policy")).get()
                .extracting(Article::revision, Article::body).containsExactly(2, edit.body());
        assertThat(articles.history("returns-policy")).extracting(Article::revision).containsExactly(1, 2);
    }

    @Test
    void importsShippedDraftsWithoutPublishingThem() {
        Article draft = TestArticles.withRevision(TestArticles.GIFT_CARDS, 2, ArticleStatus.DRAFT,
                "Gift cards will soon be sold from £5.\n\nNot yet live.");

        shippedImport.importArticles(List.of(draft));

        assertThat(articles.published("gift-cards")).contains(TestArticles.GIFT_CARDS);
        assertThat(articles.history("gift-cards")).extracting(Article::status)
                .containsExactly(ArticleStatus.PUBLISHED, ArticleStatus.DRAFT);
        assertThat(events.stream(ArticlePublished.class)).isEmpty();
    }
}
