package org.shopchat.bot.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ArticleFeedbackRepository extends JpaRepository<ArticleFeedback, Long> {

    Optional<ArticleFeedback> findByConversationIdAndMessageSeq(UUID conversationId, long messageSeq);

    /** Rows of (revision, helpful, count), ordered by revision. */
    @Query("""
            select f.articleRevision, f.helpful, count(f) from ArticleFeedback f
            where f.articleId = :articleId group by f.articleRevision, f.helpful order by f.articleRevision""")
    List<Object[]> countByRevision(String articleId);
}
