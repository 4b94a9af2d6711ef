package org.shopchat.console.editor;

/** Runs a customer message through the bot's understanding and dialogue without a conversation. */
public interface TestBench {

    int MAX_CHARS = 2000;

    /** Nothing is stored and nobody is escalated: the reply is what the bot would say, not something it says. */
    BenchReading read(String customerText);
}
