package org.shopchat.kb;

import java.util.Objects;

/** A rendered bot message with its provenance: which template, which revision, which variant (0-based). */
public record RenderedText(String templateId, int revision, int variant, String text) {

    public RenderedText {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(text, "text");
    }
}
