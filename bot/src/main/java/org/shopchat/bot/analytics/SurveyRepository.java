package org.shopchat.bot.analytics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SurveyRepository extends JpaRepository<Survey, UUID> {

    Optional<Survey> findByConversationIdAndPhaseKey(UUID conversationId, String phaseKey);

    List<Survey> findByConversationIdAndStatusOrderByOfferedAtDesc(UUID conversationId, String status);

    /** Closes an open survey; 0 when it was answered or skipped before (the first answer stands). */
    @Modifying(clearAutomatically = true)
    @Query("update Survey s set s.status = :status, s.rating = :rating, s.comment = :comment, s.answeredAt = :now"
            + " where s.id = :id and s.status = 'OFFERED'")
    int close(@Param("id") UUID id, @Param("status") String status, @Param("rating") Integer rating,
              @Param("comment") String comment, @Param("now") Instant now);
}
