package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.bot.knowledge.KnowledgeProperties;
import org.shopchat.bot.persona.BotVoiceDrafts;
import org.shopchat.console.editor.BenchContent;
import org.shopchat.console.editor.BenchReading;
import org.shopchat.console.editor.ContentKind;
import org.shopchat.console.editor.PersonaEditing;
import org.shopchat.console.editor.TestBench;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.Understanding;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editors' test bench: the same NLU, search and dialogue decision as a customer's first message, read-only.
 * Against the published content, or against the editors' latest drafts: an in-memory index with each article's
 * newest draft, and a voice with the draft templates and persona; the reading names the drafts it used.
 */
@Component
class ConsoleTestBench implements TestBench {

    /** Enough to see which intents compete and which articles nearly answered. */
    static final int SHOWN = 5;

    private final Nlu nlu;
    private final KnowledgeBase knowledge;
    private final KnowledgeProperties knowledgeProperties;
    private final DialoguePolicy policy;
    private final BotVoiceDrafts voiceDrafts;

    ConsoleTestBench(Nlu nlu, KnowledgeBase knowledge, KnowledgeProperties knowledgeProperties,
                     DialoguePolicy policy, BotVoiceDrafts voiceDrafts) {
        this.nlu = nlu;
        this.knowledge = knowledge;
        this.knowledgeProperties = knowledgeProperties;
        this.policy = policy;
        this.voiceDrafts = voiceDrafts;
    }

    @Override
    public BenchReading read(String customerText, BenchContent content) {
        if (customerText == null || customerText.isBlank() || customerText.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a test bench message needs 1 to " + MAX_CHARS + " characters");
        }
        Objects.requireNonNull(content, "content");
        KnowledgeBase answering = knowledge;
        DialoguePolicy deciding = policy;
        Map<String, Integer> draftArticles = Map.of();
        BotVoiceDrafts.Drafts drafts = null;
        if (content == BenchContent.DRAFTS) {
            KnowledgeBase.DraftKnowledge draftKnowledge = knowledge.latestDrafts();
            drafts = voiceDrafts.latest();
            answering = draftKnowledge.knowledge();
            draftArticles = draftKnowledge.draftRevisions();
            deciding = policy.speakingWith(drafts.voice(), answering);
        }
        Understanding understanding = nlu.understand(customerText);
        List<BenchReading.ScoredIntent> intents = understanding.classification().ranking().stream().limit(SHOWN)
                .map(s -> new BenchReading.ScoredIntent(s.intent().value(), s.confidence())).toList();
        List<BenchReading.FoundEntity> entities = understanding.entities().stream()
                .map(e -> new BenchReading.FoundEntity(e.getClass().getSimpleName(), e.text())).toList();
        BenchReading.Mood mood = new BenchReading.Mood(understanding.sentiment().score(),
                understanding.sentiment().label().name(), understanding.sentiment().distressCues());
        String top = understanding.classification().top().intent().value();
        Map<String, Integer> draftIds = draftArticles;
        List<BenchReading.FoundArticle> articles = answering.search(customerText, List.of(top), SHOWN).stream()
                .map(h -> new BenchReading.FoundArticle(h.articleId(), h.revision(), h.title(), h.score(),
                        isDraft(draftIds, h.articleId(), h.revision()))).toList();
        BotReply reply = deciding.firstReply(understanding);
        BotReply.Provenance provenance = reply.provenance();
        List<String> buttons = reply.attachments() == null || reply.attachments().quickReplies() == null ? List.of()
                : reply.attachments().quickReplies().stream().map(QuickReply::label).toList();
        return new BenchReading(customerText, intents, understanding.classification().outOfScope(), entities, mood,
                articles, knowledgeProperties.minScore(), new BenchReading.Reply(reply.text(), provenance.act(),
                provenance.templateId(), provenance.templateRevision(), provenance.articleId(),
                provenance.articleRevision(), buttons), content,
                drafts == null ? List.of() : used(drafts, draftIds, reply, articles));
    }

    /** The drafts in the reply first, then the other draft articles found. */
    private static List<BenchReading.DraftUsed> used(BotVoiceDrafts.Drafts voice, Map<String, Integer> articles,
                                                     BotReply answer, List<BenchReading.FoundArticle> found) {
        BotReply.Provenance reply = answer.provenance();
        List<BenchReading.DraftUsed> used = new ArrayList<>();
        if (reply.templateId() != null && reply.templateRevision() != null
                && reply.templateRevision().equals(voice.templateRevisions().get(reply.templateId()))) {
            used.add(new BenchReading.DraftUsed(ContentKind.TEMPLATE, reply.templateId(), reply.templateRevision(),
                    true));
        }
        if (reply.articleId() != null && isDraft(articles, reply.articleId(), reply.articleRevision())) {
            used.add(new BenchReading.DraftUsed(ContentKind.ARTICLE, reply.articleId(), reply.articleRevision(), true));
        }
        if (voice.personaRevision() > 0) {
            // The draft persona spoke: "in the reply" when its name is in the text (greetings, out of scope).
            used.add(new BenchReading.DraftUsed(ContentKind.PERSONA, PersonaEditing.ID, voice.personaRevision(),
                    answer.text().contains(voice.voice().botName())));
        }
        for (BenchReading.FoundArticle article : found) {
            if (article.draft() && !article.articleId().equals(reply.articleId())) {
                used.add(new BenchReading.DraftUsed(ContentKind.ARTICLE, article.articleId(), article.revision(),
                        false));
            }
        }
        return used;
    }

    private static boolean isDraft(Map<String, Integer> drafts, String articleId, Integer revision) {
        return revision != null && revision.equals(drafts.get(articleId));
    }
}
