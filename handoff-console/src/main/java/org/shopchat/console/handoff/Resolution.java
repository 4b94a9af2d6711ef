package org.shopchat.console.handoff;

/** How an agent closed a hand-over. */
public enum Resolution {
    SOLVED, FOLLOW_UP, NOT_SOLVABLE
}
