package org.shopchat.bot.conversation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MessageRepository extends JpaRepository<Message, Long> {

    Optional<Message> findByConversationIdAndClientMessageId(UUID conversationId, String clientMessageId);

    List<Message> findByConversationIdAndSeqGreaterThanOrderBySeq(UUID conversationId, long afterSeq);

    Optional<Message> findByConversationIdAndSeq(UUID conversationId, long seq);

    long countByConversationId(UUID conversationId);
}
