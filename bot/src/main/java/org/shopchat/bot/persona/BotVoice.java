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
 * Says things in the persona's voice, from templates only: the published revisions of the templates and the
 * persona, held in memory and replaced when an editor publishes one (no database read per message).
 */
@Service
public class BotVoice {

    private final Supplier<Persona> persona;
    private final Supplier<BotTexts> texts;

    @Autowired
    BotVoice(PublishedPersona persona, PublishedTemplates published) {
        this.persona = persona::current;
        this.texts = published::current;
    }

    /** The shipped templates only, without a database: for tests and tools. */
    public BotVoice(KnowledgeContent content) {
        this(content.persona(), content.texts());
    }

    /** Fixed texts and persona, e.g. the editors' drafts on the test bench. */
    BotVoice(Persona persona, BotTexts texts) {
        this.persona = () -> persona;
        this.texts = () -> texts;
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
        return persona.get().name();
    }

    public Persona persona() {
        return persona.get();
    }
}
