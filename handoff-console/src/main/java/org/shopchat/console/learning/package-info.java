/** The editors' learning loop: what customers asked that the bot could not answer (the port and its records). */
package org.shopchat.console.learning;
