package org.shopchat.bot.escalation.internal;

public enum HandoffStatus {
    WAITING, CLAIMED, RESOLVED, CANCELLED
}
