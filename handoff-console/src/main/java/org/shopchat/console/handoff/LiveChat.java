package org.shopchat.console.handoff;

import java.util.List;
import java.util.UUID;

/**
 * The agent's side of a claimed conversation. Every method checks that the hand-over is claimed by the agent and
 * throws {@link NotYourHandoffException} otherwise. New messages and the customer's typing are pushed to the
 * agent at {@link ConsoleDestinations#CHAT}.
 */
public interface LiveChat {

    ContextPacket packet(UUID handoffId, Agent agent);

    /** The whole conversation so far, including what was said after the escalation. */
    List<ChatLine> transcript(UUID handoffId, Agent agent);

    ChatLine send(UUID handoffId, Agent agent, String text);

    /** Shows (or hides) "agent is typing" to the customer. */
    void typing(UUID handoffId, Agent agent, boolean active);

    /** Published articles that may answer the customer's last message, best first; empty when none match. */
    List<SuggestedArticle> suggestedArticles(UUID handoffId, Agent agent);

    /**
     * Sends a published article to the customer as the agent's message: its short answer with a link card.
     *
     * @throws IllegalArgumentException when no published article has this id
     */
    ChatLine sendArticle(UUID handoffId, Agent agent, String articleId);

    /** Records an internal note on the conversation; agents see it in the context, the customer never does. */
    InternalNote addNote(UUID handoffId, Agent agent, String text);

    /** Every internal note written on this conversation (in this and earlier hand-overs), oldest first. */
    List<InternalNote> notes(UUID handoffId, Agent agent);
}
