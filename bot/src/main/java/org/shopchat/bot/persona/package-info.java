/**
 * The bot's voice: renders the persona's editor-approved templates. The only way bot text is made; no module
 * builds customer-facing sentences in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persona")
package org.shopchat.bot.persona;
