/** The shop's orders in the console: the port the application implements, and what it returns. */
package org.shopchat.console.orders;
