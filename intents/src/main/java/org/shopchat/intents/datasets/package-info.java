/**
 * Readers for the public intent benchmarks (Banking77 CSV, CLINC150 {@code data_full.json}) and a dispatcher that
 * picks the reader for a path. Used by the CLI and the evaluation tests; the bot never needs them.
 */
package org.shopchat.intents.datasets;
