package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.chat.CustomerChannel;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.ContextPacket;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.NotYourHandoffException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

/** The console's live-chat port: the agent reads the packet and the conversation, writes, and shows typing. */
@Service
class ConsoleChat implements LiveChat {

    private final HandoffRepository handoffs;
    private final ConversationService conversations;
    private final CustomerChannel customers;
    private final JsonMapper json;

    ConsoleChat(HandoffRepository handoffs, ConversationService conversations, CustomerChannel customers, JsonMapper json) {
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.customers = customers;
        this.json = json;
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

    private Handoff owned(UUID handoffId, Agent agent) {
        return handoffs.findById(handoffId)
                .filter(h -> h.getStatus() == HandoffStatus.CLAIMED && agent.username().equals(h.getClaimedBy()))
                .orElseThrow(() -> new NotYourHandoffException(handoffId));
    }
}
