/**
 * The demo shop's page, which embeds the chat widget with a single script tag exactly as a real shop would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo shop")
package org.shopchat.bot.shop;
