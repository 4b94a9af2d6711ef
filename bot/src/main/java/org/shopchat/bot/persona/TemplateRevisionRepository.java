package org.shopchat.bot.persona;

import org.shopchat.kb.ArticleStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface TemplateRevisionRepository extends JpaRepository<TemplateRevision, Long> {

    Optional<TemplateRevision> findByTemplateIdAndRevision(String templateId, int revision);

    Optional<TemplateRevision> findByTemplateIdAndStatus(String templateId, ArticleStatus status);

    List<TemplateRevision> findByStatus(ArticleStatus status);

    List<TemplateRevision> findByTemplateIdOrderByRevision(String templateId);

    boolean existsByTemplateIdAndSource(String templateId, TemplateRevision.Source source);

    @Query("select coalesce(max(r.revision), 0) from TemplateRevision r where r.templateId = :templateId")
    int latestRevision(String templateId);
}
