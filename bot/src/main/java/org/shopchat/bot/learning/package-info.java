/**
 * The learning loop's reports for editors: what customers asked that the bot could not answer, read from the stored
 * conversations (turn log, article feedback, hand-overs) and grouped by similarity. Implements the console's ports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.shopchat.bot.learning;
