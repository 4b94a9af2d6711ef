package org.shopchat.console.editor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTests {

    static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void showsChangedInsertedAndRemovedLinesOfFieldsAndBody() {
        ArticleContent before = new ArticleContent("returns", "Returns", List.of("return_item"),
                List.of("How do I return?"), List.of("returns"), "Send it back within 30 days.\n\nUse the <form>.");
        ArticleContent after = new ArticleContent("returns", "Returning an item", List.of("return_item"),
                List.of("How do I return?", "Can I send it back?"), List.of("returns"),
                "Send it back within 30 days.\n\nUse the <form>.\nFree for UK addresses.");
        RevisionDiff diff = RevisionDiff.between(view(1, before), view(2, after));
        assertThat(diff.rows()).contains(
                new RevisionDiff.Row("change", "title: Returns", "title: Returning an item"),
                new RevisionDiff.Row("insert", "", "question: Can I send it back?"),
                new RevisionDiff.Row("equal", "Use the <form>.", "Use the <form>."),
                new RevisionDiff.Row("insert", "", "Free for UK addresses."));
        assertThat(diff.identical()).isFalse();
        assertThat(RevisionDiff.between(view(1, before), view(3, before)).identical()).isTrue();
    }

    private static ArticleRevisionView view(int revision, ArticleContent content) {
        return new ArticleRevisionView(revision, ContentStatus.DRAFT, "editor", T, T, content);
    }
}
