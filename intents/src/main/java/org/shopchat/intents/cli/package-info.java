/**
 * The {@code intents-cli.jar} command line: classify, sentiment, train and evaluate. Turns every bad input into a
 * one-line error and a non-zero exit code.
 */
package org.shopchat.intents.cli;
