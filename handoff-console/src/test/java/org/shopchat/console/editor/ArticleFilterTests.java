package org.shopchat.console.editor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFilterTests {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final ArticleSummary RETURNS = new ArticleSummary("returns-start", "How do I return an item?",
            List.of("return_item"), List.of("returns"), 3, ContentStatus.DRAFT, 2, NOW.minusSeconds(3 * 86_400),
            "editor");

    @Test
    void blankFiltersMatchEverything() {
        assertThat(new ArticleFilter(" ", null, "", null, 0).matches(RETURNS, NOW)).isTrue();
    }

    @Test
    void textMatchesIdOrTitleIgnoringCase() {
        assertThat(new ArticleFilter("RETURN AN", null, "", "", 0).matches(RETURNS, NOW)).isTrue();
        assertThat(new ArticleFilter("start", null, "", "", 0).matches(RETURNS, NOW)).isTrue();
        assertThat(new ArticleFilter("delivery", null, "", "", 0).matches(RETURNS, NOW)).isFalse();
    }

    @Test
    void statusMatchesTheNewestRevisionOrAPublishedOne() {
        assertThat(new ArticleFilter("", ContentStatus.DRAFT, "", "", 0).matches(RETURNS, NOW)).isTrue();
        assertThat(new ArticleFilter("", ContentStatus.PUBLISHED, "", "", 0).matches(RETURNS, NOW)).isTrue();
        assertThat(new ArticleFilter("", ContentStatus.IN_REVIEW, "", "", 0).matches(RETURNS, NOW)).isFalse();
    }

    @Test
    void intentTagAndLastEditedMustAllMatch() {
        assertThat(new ArticleFilter("", null, "return_item", "returns", 7).matches(RETURNS, NOW)).isTrue();
        assertThat(new ArticleFilter("", null, "track_order", "", 0).matches(RETURNS, NOW)).isFalse();
        assertThat(new ArticleFilter("", null, "", "delivery", 0).matches(RETURNS, NOW)).isFalse();
        assertThat(new ArticleFilter("", null, "", "", 1).matches(RETURNS, NOW)).isFalse();
    }
}
