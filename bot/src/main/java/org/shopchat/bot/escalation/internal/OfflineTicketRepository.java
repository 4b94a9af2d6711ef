package org.shopchat.bot.escalation.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface OfflineTicketRepository extends JpaRepository<OfflineTicketRecord, UUID> {

    List<OfflineTicketRecord> findByStatusInOrderByCreatedAt(Collection<String> statuses);

    List<OfflineTicketRecord> findByStatusOrderByClosedAtDesc(String status, Limit limit);
}
