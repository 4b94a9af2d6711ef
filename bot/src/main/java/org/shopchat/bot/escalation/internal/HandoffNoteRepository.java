package org.shopchat.bot.escalation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface HandoffNoteRepository extends JpaRepository<HandoffNote, UUID> {

    List<HandoffNote> findByConversationIdOrderByCreatedAtAscIdAsc(UUID conversationId);
}
