/**
 * Regex finders for the typed entities of {@link org.shopchat.intents.Entity}: order numbers, e-mail addresses,
 * UK postcodes and phone numbers, money amounts and dates. Knows nothing about intents or sentiment.
 */
package org.shopchat.intents.entities;
