package org.shopchat.console.editor;

import java.util.Locale;

/** What the test bench answers from: what customers get now, or what they would get with the editors' drafts. */
public enum BenchContent {
    /** The published articles, templates and persona. */
    PUBLISHED,
    /** Each article's, template's and the persona's newest revision where that is a draft or in review. */
    DRAFTS;

    /** The value in the bench's address: published, drafts. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
