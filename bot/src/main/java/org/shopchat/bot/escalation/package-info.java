/**
 * Escalation to a person: decides when a conversation needs one (triggers), queues it with priority and aging,
 * assembles the agent's context packet, and implements the console's ports (queue, live chat, offline tickets).
 * Knows nothing of the dialogue's internals; the dialogue asks it, turn by turn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package org.shopchat.bot.escalation;
