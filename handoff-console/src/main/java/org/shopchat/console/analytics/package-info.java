/**
 * The console's analytics dashboard: the port the application implements ({@link AnalyticsReport}) and the figures
 * it returns. Definitions of every figure: docs/metrics.md.
 */
package org.shopchat.console.analytics;
