package org.shopchat.bot.persona;

import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** Imports the shipped templates and persona and loads the published ones before the web server takes requests. */
@Component
class TemplateStartup implements SmartInitializingSingleton {

    private final KnowledgeContent content;
    private final PersonaTemplates templates;
    private final PublishedTemplates published;
    private final BotPersona persona;
    private final PublishedPersona publishedPersona;

    TemplateStartup(KnowledgeContent content, PersonaTemplates templates, PublishedTemplates published,
                    BotPersona persona, PublishedPersona publishedPersona) {
        this.content = content;
        this.templates = templates;
        this.published = published;
        this.persona = persona;
        this.publishedPersona = publishedPersona;
    }

    @Override
    public void afterSingletonsInstantiated() {
        templates.importShipped(Arrays.stream(TemplateKey.values()).map(content.texts()::template).toList());
        published.refresh();
        persona.importShipped(content.persona());
        publishedPersona.refresh();
    }
}
