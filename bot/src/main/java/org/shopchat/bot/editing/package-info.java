/**
 * What the editor console needs across knowledge and persona: the export of the database content back to
 * kb-content files. Reads through the public services of those modules; knows nothing of chat or dialogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editing")
package org.shopchat.bot.editing;
