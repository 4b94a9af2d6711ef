package org.shopchat.bot.knowledge;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface KnowledgeArticleRepository extends JpaRepository<KnowledgeArticle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from KnowledgeArticle a where a.id = :id")
    Optional<KnowledgeArticle> lockById(String id);
}
