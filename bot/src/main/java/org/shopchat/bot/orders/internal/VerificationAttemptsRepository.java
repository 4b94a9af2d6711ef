package org.shopchat.bot.orders.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

public interface VerificationAttemptsRepository extends JpaRepository<VerificationAttempts, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from VerificationAttempts a where a.conversationId = :conversationId")
    Optional<VerificationAttempts> lockByConversationId(UUID conversationId);
}
