/**
 * The knowledge base: articles and their revisions in the database (imported from kb-content, edited by editors),
 * the Lucene index of published articles, answers with scores, the public article pages and feedback per revision.
 * Knows nothing of conversations, transport or dialogue decisions; the dialogue module asks it for answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package org.shopchat.bot.knowledge;
