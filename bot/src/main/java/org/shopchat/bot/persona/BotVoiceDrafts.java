package org.shopchat.bot.persona;

import org.shopchat.kb.BotTexts;
import org.shopchat.kb.Persona;
import org.shopchat.kb.ResponseTemplate;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bot's voice as it would be if the editors' drafts were published: each template's and the persona's newest
 * revision where that is a draft or in review, the published ones otherwise. For the editors' test bench; nothing
 * is stored and the chat's own voice is not touched.
 */
@Service
public class BotVoiceDrafts {

    private final PersonaTemplates templates;
    private final PublishedTemplates published;
    private final BotPersona persona;
    private final PublishedPersona publishedPersona;

    BotVoiceDrafts(PersonaTemplates templates, PublishedTemplates published, BotPersona persona,
                   PublishedPersona publishedPersona) {
        this.templates = templates;
        this.published = published;
        this.persona = persona;
        this.publishedPersona = publishedPersona;
    }

    /**
     * @param templateRevisions the templates said from a draft: id to the draft's revision
     * @param personaRevision   the persona draft's revision, 0 when the published persona is used
     */
    public record Drafts(BotVoice voice, Map<String, Integer> templateRevisions, int personaRevision) {

        public Drafts {
            templateRevisions = Map.copyOf(templateRevisions);
        }
    }

    public Drafts latest() {
        BotTexts current = published.current();
        Map<TemplateKey, ResponseTemplate> byKey = new EnumMap<>(TemplateKey.class);
        Arrays.stream(TemplateKey.values()).forEach(key -> byKey.put(key, current.template(key)));
        Map<String, Integer> draftTemplates = new TreeMap<>();
        List<ResponseTemplate> drafts = templates.latestDrafts();
        for (ResponseTemplate draft : drafts) {
            byKey.put(draft.key(), draft);
            draftTemplates.put(draft.key().id(), draft.revision());
        }
        Persona speaking = publishedPersona.current();
        int personaRevision = 0;
        var personaDraft = persona.latestDraft();
        if (personaDraft.isPresent()) {
            speaking = personaDraft.get().persona();
            personaRevision = personaDraft.get().revision();
        }
        return new Drafts(new BotVoice(speaking, new BotTexts(byKey.values())), draftTemplates, personaRevision);
    }
}
