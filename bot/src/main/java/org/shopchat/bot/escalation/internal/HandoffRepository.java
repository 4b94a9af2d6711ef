package org.shopchat.bot.escalation.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface HandoffRepository extends JpaRepository<Handoff, UUID> {

    Optional<Handoff> findFirstByConversationIdAndStatusIn(UUID conversationId, Collection<HandoffStatus> statuses);

    /** Single-status lookup: unlike an {@code in} list, its SQL translation is cached by Hibernate (hot path). */
    Optional<Handoff> findFirstByConversationIdAndStatus(UUID conversationId, HandoffStatus status);

    boolean existsByConversationIdAndStatus(UUID conversationId, HandoffStatus status);

    /** The queue: earliest priority moment first, then earliest arrival. */
    List<Handoff> findByStatusOrderByPriorityAtAscRequestedAtAsc(HandoffStatus status);

    List<Handoff> findByStatusAndClaimedByOrderByClaimedAt(HandoffStatus status, String claimedBy);

    long countByStatusAndClaimedBy(HandoffStatus status, String claimedBy);

    /** Recently finished chats, for the handle-time estimate. */
    List<Handoff> findByStatusAndClaimedAtNotNullOrderByEndedAtDesc(HandoffStatus status, Limit limit);

    /**
     * The claim itself: succeeds for exactly one caller, because the row only matches while it is still waiting.
     *
     * @return 1 for the winner, 0 for everyone else
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Handoff h set h.status = :claimed, h.claimedBy = :username, h.claimedByName = :displayName, "
            + "h.claimedAt = :now, h.version = h.version + 1 where h.id = :id and h.status = :waiting")
    int claim(UUID id, String username, String displayName, Instant now, HandoffStatus waiting, HandoffStatus claimed);
}
