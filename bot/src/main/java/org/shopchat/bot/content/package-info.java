/**
 * The shipped knowledge base and bot texts from the kb-content module, loaded once at start-up.
 * Later the database copy edited by content editors takes precedence; this module is where that switch lives, with
 * what every edited content shares: the editorial workflow's steps ({@code WorkflowStep}) and where a content
 * problem shows in the editor's form ({@code ContentFieldLines}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.shopchat.bot.content;
