/**
 * Knowledge base articles, the persona and the bot's response templates, with their parsers, writer and validator.
 * Plain Java: no Spring and nothing about how the bot indexes or serves the content.
 */
package org.shopchat.kb;
