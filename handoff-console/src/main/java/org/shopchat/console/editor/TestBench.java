package org.shopchat.console.editor;

/** Runs a customer message through the bot's understanding and dialogue without a conversation. */
public interface TestBench {

    int MAX_CHARS = 2000;

    /**
     * Nothing is stored and nobody is escalated: the reply is what the bot would say, not something it says.
     *
     * @param content the published content, or the editors' latest drafts (answered from an in-memory index)
     */
    BenchReading read(String customerText, BenchContent content);

    /** Against the published content. */
    default BenchReading read(String customerText) {
        return read(customerText, BenchContent.PUBLISHED);
    }
}
