package org.shopchat.console.learning;

/** Why a customer message counts as a gap. */
public enum GapReason {
    OUT_OF_SCOPE("out of scope"),
    NOT_UNDERSTOOD("not understood"),
    NOT_FOUND("no article found"),
    UNHELPFUL("answer marked unhelpful"),
    ESCALATED("before a hand-over");

    private final String label;

    GapReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
