package org.shopchat.bot.knowledge;

import org.shopchat.kb.ArticleStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    Optional<ArticleRevision> findByArticleIdAndRevision(String articleId, int revision);

    Optional<ArticleRevision> findByArticleIdAndStatus(String articleId, ArticleStatus status);

    List<ArticleRevision> findByStatus(ArticleStatus status);

    List<ArticleRevision> findByArticleIdOrderByRevision(String articleId);

    boolean existsByArticleIdAndSource(String articleId, RevisionSource source);
}
