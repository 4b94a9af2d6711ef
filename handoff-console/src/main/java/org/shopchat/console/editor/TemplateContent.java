package org.shopchat.console.editor;

import java.util.List;
import java.util.Objects;

/**
 * What an editor writes for one response template: what it is for, and its variants (one line each), which must use
 * exactly the placeholders the bot binds for it, such as {@code {orderNumber}}.
 */
public record TemplateContent(String id, String description, List<String> variants) {

    public TemplateContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        variants = List.copyOf(variants);
    }
}
