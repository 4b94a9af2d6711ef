/**
 * Audit log of what staff do in the console: who, what, when, with what outcome. Written for every state-changing
 * console request and every sign-in attempt; read by administrators on /console/audit.
 */
package org.shopchat.console.audit;
