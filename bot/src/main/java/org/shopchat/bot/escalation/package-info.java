/**
 * Escalation to a person: decides when a conversation needs one (triggers), queues it with priority and aging,
 * assembles the agent's context packet, and implements the console's ports (queue, live chat with suggested
 * knowledge articles and internal notes, offline tickets). Knows nothing of the dialogue's internals; the dialogue
 * asks it, turn by turn. Publishes {@link org.shopchat.bot.escalation.HandoffResolved} when an agent resolves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package org.shopchat.bot.escalation;
