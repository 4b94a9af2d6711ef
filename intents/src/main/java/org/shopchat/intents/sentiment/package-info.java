/**
 * Lexicon-based sentiment and distress analysis of customer messages. Uses the VADER word list (MIT, shipped with
 * its licence) with rules of our own; knows nothing about intents or entities.
 */
package org.shopchat.intents.sentiment;
