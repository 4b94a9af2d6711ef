/**
 * The dialogue policy: decides, turn by turn, what the bot does with a customer message and says it through the
 * persona. Knows nothing of transport or storage details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package org.shopchat.bot.dialogue;
