package org.shopchat.kb;

import java.util.List;
import java.util.Objects;

/** The editor-approved wordings of one dialogue act; the bot picks one variant per message. */
public record ResponseTemplate(TemplateKey key, String description, int revision, ArticleStatus status,
                               List<String> variants) {

    public ResponseTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        variants = List.copyOf(variants);
    }
}
