package org.shopchat.bot.persona;

import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.BotTexts;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.ResponseTemplate;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published templates in memory, so that rendering a message never reads the database: replaced as a whole
 * after each publish has committed (a reader sees either the old or the new set, never a mix). It starts from the
 * shipped templates, so the bot can speak before the database has been read.
 */
@Component
class PublishedTemplates {

    private final TemplateRevisionRepository revisions;
    private final TransactionTemplate readOnly;
    private final List<ResponseTemplate> shipped;
    private volatile BotTexts current;

    PublishedTemplates(TemplateRevisionRepository revisions, PlatformTransactionManager transactions,
                       KnowledgeContent content) {
        this.revisions = revisions;
        this.readOnly = new TransactionTemplate(transactions);
        // Listeners run after the publisher's commit, so they read in a transaction of their own.
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.shipped = List.of(TemplateKey.values()).stream().map(content.texts()::template).toList();
        this.current = content.texts();
    }

    BotTexts current() {
        return current;
    }

    /** Reads the published revisions; a template without one (none yet imported) keeps the shipped text. */
    void refresh() {
        List<ResponseTemplate> published = readOnly.execute(status -> revisions.findByStatus(ArticleStatus.PUBLISHED)
                .stream().map(TemplateRevision::toTemplate).toList());
        Map<TemplateKey, ResponseTemplate> byKey = new EnumMap<>(TemplateKey.class);
        shipped.forEach(t -> byKey.put(t.key(), t));
        published.forEach(t -> byKey.put(t.key(), t));
        current = new BotTexts(byKey.values());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TemplatePublished published) {
        refresh();
    }
}
