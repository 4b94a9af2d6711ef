package org.shopchat.bot.persona;

import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.Persona;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published persona in memory, like {@link PublishedTemplates}: replaced after each publish has committed (on
 * other instances through the cluster notices), so a greeting never reads the database. Starts from the shipped one.
 */
@Component
class PublishedPersona {

    private final PersonaRevisionRepository revisions;
    private final TransactionTemplate readOnly;
    private volatile Persona current;

    PublishedPersona(PersonaRevisionRepository revisions, PlatformTransactionManager transactions,
                     KnowledgeContent content) {
        this.revisions = revisions;
        this.readOnly = new TransactionTemplate(transactions);
        // Listeners run after the publisher's commit, so they read in a transaction of their own.
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.current = content.persona();
    }

    Persona current() {
        return current;
    }

    void refresh() {
        readOnly.executeWithoutResult(status -> revisions.findByStatus(ArticleStatus.PUBLISHED)
                .ifPresent(published -> current = published.toPersona()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonaPublished published) {
        refresh();
    }
}
