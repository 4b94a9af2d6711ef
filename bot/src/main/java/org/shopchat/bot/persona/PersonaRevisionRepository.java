package org.shopchat.bot.persona;

import org.shopchat.kb.ArticleStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PersonaRevisionRepository extends JpaRepository<PersonaRevision, Long> {

    Optional<PersonaRevision> findByRevision(int revision);

    Optional<PersonaRevision> findByStatus(ArticleStatus status);

    List<PersonaRevision> findAllByOrderByRevision();

    @Query("select coalesce(max(r.revision), 0) from PersonaRevision r")
    int latestRevision();
}
