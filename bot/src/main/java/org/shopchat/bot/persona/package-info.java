/**
 * The bot's voice: the persona (name, avatar, tone) and its editor-approved templates, both revised in the database
 * with the editorial workflow. The only way bot text is made; no module builds customer-facing sentences in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persona")
package org.shopchat.bot.persona;
