package org.shopchat.console.replay;

/** Which articles a replay answers from. */
public enum ContentSource {
    /** What customers get now. */
    PUBLISHED,
    /** The published articles with each article's latest draft or revision in review in place of its published one. */
    LATEST_DRAFTS
}
