package org.shopchat.bot.persona;

import java.util.Objects;

/** A revision of a response template became the one the bot says (imported or approved by an editor). */
public record TemplatePublished(String templateId, int revision) {

    public TemplatePublished {
        Objects.requireNonNull(templateId, "templateId");
    }
}
