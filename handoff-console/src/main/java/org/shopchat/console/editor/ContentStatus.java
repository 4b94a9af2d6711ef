package org.shopchat.console.editor;

/** Where a revision stands in the editorial workflow; only {@link #PUBLISHED} reaches customers. */
public enum ContentStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** How editors read it: "in review". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
