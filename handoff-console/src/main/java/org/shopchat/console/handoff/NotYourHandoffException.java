package org.shopchat.console.handoff;

import java.util.UUID;

/** An agent acted on a hand-over that is not (or no longer) theirs, or that does not exist. */
public class NotYourHandoffException extends RuntimeException {

    public NotYourHandoffException(UUID handoffId) {
        super("hand-over " + handoffId + " is not claimed by you");
    }
}
