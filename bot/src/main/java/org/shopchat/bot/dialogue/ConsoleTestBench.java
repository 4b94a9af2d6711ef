package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.bot.knowledge.KnowledgeProperties;
import org.shopchat.console.editor.BenchReading;
import org.shopchat.console.editor.TestBench;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.Understanding;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The editors' test bench: the same NLU, search and dialogue decision as a customer's first message, read-only.
 * Works on published content only; trying drafts before publishing is not built yet.
 */
@Component
class ConsoleTestBench implements TestBench {

    /** Enough to see which intents compete and which articles nearly answered. */
    static final int SHOWN = 5;

    private final Nlu nlu;
    private final KnowledgeBase knowledge;
    private final KnowledgeProperties knowledgeProperties;
    private final DialoguePolicy policy;

    ConsoleTestBench(Nlu nlu, KnowledgeBase knowledge, KnowledgeProperties knowledgeProperties,
                     DialoguePolicy policy) {
        this.nlu = nlu;
        this.knowledge = knowledge;
        this.knowledgeProperties = knowledgeProperties;
        this.policy = policy;
    }

    @Override
    public BenchReading read(String customerText) {
        if (customerText == null || customerText.isBlank() || customerText.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a test bench message needs 1 to " + MAX_CHARS + " characters");
        }
        Understanding understanding = nlu.understand(customerText);
        List<BenchReading.ScoredIntent> intents = understanding.classification().ranking().stream().limit(SHOWN)
                .map(s -> new BenchReading.ScoredIntent(s.intent().value(), s.confidence())).toList();
        List<BenchReading.FoundEntity> entities = understanding.entities().stream()
                .map(e -> new BenchReading.FoundEntity(e.getClass().getSimpleName(), e.text())).toList();
        BenchReading.Mood mood = new BenchReading.Mood(understanding.sentiment().score(),
                understanding.sentiment().label().name(), understanding.sentiment().distressCues());
        String top = understanding.classification().top().intent().value();
        List<BenchReading.FoundArticle> articles = knowledge.search(customerText, List.of(top), SHOWN).stream()
                .map(h -> new BenchReading.FoundArticle(h.articleId(), h.revision(), h.title(), h.score())).toList();
        BotReply reply = policy.firstReply(understanding);
        BotReply.Provenance provenance = reply.provenance();
        List<String> buttons = reply.attachments() == null || reply.attachments().quickReplies() == null ? List.of()
                : reply.attachments().quickReplies().stream().map(QuickReply::label).toList();
        return new BenchReading(customerText, intents, understanding.classification().outOfScope(), entities, mood,
                articles, knowledgeProperties.minScore(), new BenchReading.Reply(reply.text(), provenance.act(),
                provenance.templateId(), provenance.articleId(), buttons));
    }
}
