package org.shopchat.console.handoff;

import java.util.List;
import java.util.UUID;

/** Messages left outside business hours or while no agent was online. */
public interface OfflineTickets {

    /** Open and answered tickets first (oldest first), then the most recent closed ones. */
    List<OfflineTicket> list();

    /**
     * Records the answer sent to the customer by e-mail.
     *
     * @throws java.util.NoSuchElementException when there is no such ticket
     * @throws IllegalStateException            when the ticket is closed
     */
    void reply(UUID ticketId, Agent agent, String text);

    void close(UUID ticketId, Agent agent);
}
