package org.shopchat.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Editorial state of an article or template; only {@link #PUBLISHED} content reaches customers. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** The spelling used in front matter, e.g. {@code in_review}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArticleStatus> fromText(String text) {
        return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
    }
}
