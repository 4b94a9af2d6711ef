/**
 * The learning loop for editors: what customers asked that the bot could not answer (read from the stored
 * conversations and grouped by similarity); the intent examples, seeded from the intents library's training files;
 * retraining the intent model from them in the background with a held-out gate, versions and roll-back; and the
 * switch of the bot's live intent model. Implements the console's ports; knows nothing of transport.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.shopchat.bot.learning;
