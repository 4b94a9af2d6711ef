package org.shopchat.console.handoff;

/** Whether an agent takes new chats: only ONLINE agents count as available for hand-overs. */
public enum Presence {
    ONLINE, AWAY
}
