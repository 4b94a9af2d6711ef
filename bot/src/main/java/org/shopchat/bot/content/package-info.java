/**
 * The shipped knowledge base and bot texts from the kb-content module, loaded once at start-up.
 * Later the database copy edited by content editors takes precedence; this module is where that switch lives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.shopchat.bot.content;
