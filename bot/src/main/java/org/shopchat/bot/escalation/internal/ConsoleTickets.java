package org.shopchat.bot.escalation.internal;

import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.OfflineTicket;
import org.shopchat.console.handoff.OfflineTickets;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** The console's offline-ticket port. */
@Service
class ConsoleTickets implements OfflineTickets {

    private static final int RECENTLY_CLOSED = 20;

    private final OfflineTicketRepository tickets;
    private final Clock clock;

    ConsoleTickets(OfflineTicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfflineTicket> list() {
        List<OfflineTicket> all = new ArrayList<>();
        tickets.findByStatusInOrderByCreatedAt(List.of(OfflineTicketRecord.OPEN, OfflineTicketRecord.ANSWERED))
                .forEach(t -> all.add(t.view()));
        tickets.findByStatusOrderByClosedAtDesc(OfflineTicketRecord.CLOSED, Limit.of(RECENTLY_CLOSED))
                .forEach(t -> all.add(t.view()));
        return all;
    }

    @Override
    @Transactional
    public void reply(UUID ticketId, Agent agent, String text) {
        find(ticketId).answer(agent.username(), text, clock.instant());
    }

    @Override
    @Transactional
    public void close(UUID ticketId, Agent agent) {
        find(ticketId).close(clock.instant());
    }

    private OfflineTicketRecord find(UUID id) {
        return tickets.findById(id).orElseThrow(() -> new NoSuchElementException("no offline ticket " + id));
    }
}
