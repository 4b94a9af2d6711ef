package org.shopchat.kb;

/** Who reads a template's text; each audience has its own variant count and length rules. */
public enum TemplateAudience {
    /** Chat messages to the customer: 2–4 variants, at most the persona's {@code maxReplyChars}. */
    CUSTOMER(2, 4, -1),
    /** One-line context for the human agent (summary parts): 1–4 variants, short. */
    AGENT(1, 4, 80),
    /** Button captions and status words shown to the customer: exactly one variant so the UI stays stable. */
    LABEL(1, 1, 40);

    private final int minVariants;
    private final int maxVariants;
    private final int maxChars;

    TemplateAudience(int minVariants, int maxVariants, int maxChars) {
        this.minVariants = minVariants;
        this.maxVariants = maxVariants;
        this.maxChars = maxChars;
    }

    public int minVariants() {
        return minVariants;
    }

    public int maxVariants() {
        return maxVariants;
    }

    /** Longest variant allowed, given the persona's limit for customer messages. */
    public int maxChars(int personaMaxReplyChars) {
        return maxChars < 0 ? personaMaxReplyChars : maxChars;
    }
}
