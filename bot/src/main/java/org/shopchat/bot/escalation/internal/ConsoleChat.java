package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.chat.CustomerChannel;
import org.shopchat.bot.conversation.Attachments;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.Sender;
import org.shopchat.bot.knowledge.KnowledgeArticles;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.ContextPacket;
import org.shopchat.console.handoff.InternalNote;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.NotYourHandoffException;
import org.shopchat.console.handoff.SuggestedArticle;
import org.shopchat.kb.Article;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's live-chat port: the agent reads the packet and the conversation, writes, shows typing, sends
 * suggested articles and keeps internal notes.
 */
@Service
class ConsoleChat implements LiveChat {

    /** Enough to choose from at a glance; the agent can still write their own answer. */
    static final int SUGGESTIONS = 3;
    static final int MAX_NOTE_CHARS = 2000;
    /** Same path as the knowledge module's public article page (/kb/{id}). */
    private static final String ARTICLE_PAGE = "/kb/";

    private final HandoffRepository handoffs;
    private final HandoffNoteRepository notes;
    private final ConversationService conversations;
    private final ConversationRecord record;
    private final CustomerChannel customers;
    private final KnowledgeBase knowledge;
    private final KnowledgeArticles articles;
    private final BotVoice voice;
    private final JsonMapper json;
    private final Clock clock;

    ConsoleChat(HandoffRepository handoffs, HandoffNoteRepository notes, ConversationService conversations,
                ConversationRecord record, CustomerChannel customers, KnowledgeBase knowledge,
                KnowledgeArticles articles, BotVoice voice, JsonMapper json, Clock clock) {
        this.handoffs = handoffs;
        this.notes = notes;
        this.conversations = conversations;
        this.record = record;
        this.customers = customers;
        this.knowledge = knowledge;
        this.articles = articles;
        this.voice = voice;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ContextPacket packet(UUID handoffId, Agent agent) {
        return json.readValue(owned(handoffId, agent).getPacket(), ContextPacket.class);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChatLine> transcript(UUID handoffId, Agent agent) {
        return conversations.history(owned(handoffId, agent).getConversationId()).stream()
                .map(ContextPacketAssembler::line).toList();
    }

    @Override
    @Transactional
    public ChatLine send(UUID handoffId, Agent agent, String text) {
        return ContextPacketAssembler.line(
                conversations.postFromAgent(owned(handoffId, agent).getConversationId(), agent.displayName(), text));
    }

    @Override
    @Transactional(readOnly = true)
    public void typing(UUID handoffId, Agent agent, boolean active) {
        customers.typing(owned(handoffId, agent).getConversationId(), "AGENT", agent.displayName(), active);
    }

    /** Searches the knowledge base with the customer's last message, boosted by the intent the bot read in it. */
    @Override
    @Transactional(readOnly = true)
    public List<SuggestedArticle> suggestedArticles(UUID handoffId, Agent agent) {
        UUID conversationId = owned(handoffId, agent).getConversationId();
        Optional<MessageView> last = conversations.history(conversationId).reversed().stream()
                .filter(m -> m.sender() == Sender.CUSTOMER && m.text() != null && !m.text().isBlank())
                .findFirst();
        if (last.isEmpty()) {
            return List.of();
        }
        List<String> hints = record.turns(conversationId).stream()
                .filter(t -> t.messageSeq() == last.get().seq()).map(ContextPacket.TurnReading::intent)
                .filter(Objects::nonNull).toList();
        return knowledge.search(last.get().text(), hints, SUGGESTIONS).stream()
                .map(hit -> new SuggestedArticle(hit.articleId(), hit.revision(), hit.title(), hit.shortAnswer(), hit.url()))
                .toList();
    }

    @Override
    @Transactional
    public ChatLine sendArticle(UUID handoffId, Agent agent, String articleId) {
        Handoff handoff = owned(handoffId, agent);
        Article article = Optional.ofNullable(articleId).flatMap(articles::published)
                .orElseThrow(() -> new IllegalArgumentException("no published article " + articleId));
        Attachments card = Attachments.NONE.withArticle(new Attachments.ArticleLink(article.id(), article.revision(),
                article.title(), ARTICLE_PAGE + article.id(), voice.label(TemplateKey.BUTTON_READ_MORE)));
        return ContextPacketAssembler.line(conversations.postFromAgent(handoff.getConversationId(), agent.displayName(),
                article.shortAnswer(), card));
    }

    @Override
    @Transactional
    public InternalNote addNote(UUID handoffId, Agent agent, String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("an internal note has 1-" + MAX_NOTE_CHARS + " characters");
        }
        return notes.save(new HandoffNote(owned(handoffId, agent), agent.username(), agent.displayName(), text.strip(),
                clock.instant())).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InternalNote> notes(UUID handoffId, Agent agent) {
        return notes.findByConversationIdOrderByCreatedAtAscIdAsc(owned(handoffId, agent).getConversationId()).stream()
                .map(HandoffNote::view).toList();
    }

    private Handoff owned(UUID handoffId, Agent agent) {
        return handoffs.findById(handoffId)
                .filter(h -> h.getStatus() == HandoffStatus.CLAIMED && agent.username().equals(h.getClaimedBy()))
                .orElseThrow(() -> new NotYourHandoffException(handoffId));
    }
}
