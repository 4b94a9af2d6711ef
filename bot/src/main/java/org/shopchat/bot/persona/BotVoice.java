package org.shopchat.bot.persona;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.kb.BotTexts;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.Persona;
import org.shopchat.kb.RenderedText;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Says things in the persona's voice, from templates only: the published revisions, held in memory and replaced
 * when an editor publishes one (no database read per message).
 */
@Service
public class BotVoice {

    private final Persona persona;
    private final Supplier<BotTexts> texts;

    @Autowired
    BotVoice(KnowledgeContent content, PublishedTemplates published) {
        this.persona = content.persona();
        this.texts = published::current;
    }

    /** The shipped templates only, without a database: for tests and tools. */
    public BotVoice(KnowledgeContent content) {
        this.persona = content.persona();
        BotTexts shipped = content.texts();
        this.texts = () -> shipped;
    }

    /**
     * @param variantSeed picks one of the template's variants; callers pass something that changes from turn to
     *                    turn (e.g. the message seq) so that the bot does not repeat itself word for word
     */
    public BotReply say(TemplateKey key, Map<String, String> values, int variantSeed) {
        RenderedText rendered = texts.get().render(key, values, variantSeed);
        return new BotReply(rendered.text(), rendered.templateId(), rendered.revision());
    }

    public BotReply say(TemplateKey key, int variantSeed) {
        return say(key, Map.of(), variantSeed);
    }

    /** A caption without placeholders: a button, a topic, a status word. */
    public String label(TemplateKey key) {
        return texts.get().render(key, Map.of(), 0).text();
    }

    public String botName() {
        return persona.name();
    }

    public Persona persona() {
        return persona;
    }
}
