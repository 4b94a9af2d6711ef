/**
 * What lets several instances of the application serve one shop: a registry of running instances (heartbeats in the
 * database), agent presence shared through the database, and notices between instances through the STOMP broker so
 * each refreshes its own in-memory state (the Lucene index) when another changes what it is built from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package org.shopchat.bot.cluster;
