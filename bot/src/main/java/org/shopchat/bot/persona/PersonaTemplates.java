package org.shopchat.bot.persona;

import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ContentException;
import org.shopchat.kb.ContentProblem;
import org.shopchat.kb.ContentValidator;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.ResponseTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The response templates in the database and their editorial workflow, the same as for articles: every save is a new
 * draft revision, which goes to review and is then published (the previously published revision is archived). The
 * shipped kb-content templates are imported on first start; an upgrade takes a newer shipped revision only for
 * templates no editor has changed. Who may take a step is the editor console's business.
 */
@Service
public class PersonaTemplates {

    private static final Logger log = LoggerFactory.getLogger(PersonaTemplates.class);

    private final TemplateRevisionRepository revisions;
    private final KnowledgeContent shipped;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ContentValidator validator = new ContentValidator();

    PersonaTemplates(TemplateRevisionRepository revisions, KnowledgeContent shipped, ApplicationEventPublisher events,
                     Clock clock) {
        this.revisions = revisions;
        this.shipped = shipped;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many shipped revisions were taken */
    @Transactional
    public int importShipped(Collection<ResponseTemplate> templates) {
        int taken = 0;
        for (ResponseTemplate template : templates) {
            String id = template.key().id();
            int latest = revisions.latestRevision(id);
            if (template.revision() <= latest) {
                continue;
            }
            if (revisions.existsByTemplateIdAndSource(id, TemplateRevision.Source.EDITOR)) {
                log.warn("Shipped revision {} of template '{}' not imported: an editor has changed the template in "
                        + "the database, which takes precedence", template.revision(), id);
                continue;
            }
            Instant now = clock.instant();
            Optional<TemplateRevision> published = revisions.findByTemplateIdAndStatus(id, ArticleStatus.PUBLISHED);
            TemplateRevision imported = revisions.save(TemplateRevision.shipped(template, now));
            if (imported.getStatus() == ArticleStatus.PUBLISHED) {
                published.ifPresent(previous -> previous.archive(now));
                events.publishEvent(new TemplatePublished(id, imported.getRevision()));
            }
            taken++;
        }
        log.info("Response templates: {} shipped revisions imported", taken);
        return taken;
    }

    /**
     * Saves the template's description and variants as a new draft revision; its revision and status are ignored.
     *
     * @throws ContentException with every problem when a kb-content template rule is broken (placeholders exactly
     *                          those of the key, variant count and length, tone)
     */
    @Transactional
    public int saveRevision(ResponseTemplate content, String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a revision needs its author");
        }
        int next = revisions.latestRevision(content.key().id()) + 1;
        ResponseTemplate numbered = new ResponseTemplate(content.key(), content.description(), next,
                ArticleStatus.PUBLISHED, content.variants());
        List<ContentProblem> problems = validator.validateTemplate(numbered, shipped.persona());
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return revisions.save(TemplateRevision.edited(numbered, next, author.strip(), clock.instant())).getRevision();
    }

    @Transactional
    public void submitForReview(String templateId, int revision) {
        revision(templateId, revision).submitForReview(clock.instant());
    }

    @Transactional
    public void returnToDraft(String templateId, int revision) {
        revision(templateId, revision).returnToDraft(clock.instant());
    }

    /** Makes a reviewed revision the one the bot says; the bot's snapshot follows on commit. */
    @Transactional
    public void publish(String templateId, int revision) {
        Instant now = clock.instant();
        TemplateRevision approved = revision(templateId, revision);
        Optional<TemplateRevision> previous = revisions.findByTemplateIdAndStatus(templateId, ArticleStatus.PUBLISHED);
        approved.publish(now);
        previous.ifPresent(p -> p.archive(now));
        events.publishEvent(new TemplatePublished(templateId, revision));
    }

    /** The revision of every template the bot says now. */
    @Transactional(readOnly = true)
    public List<ResponseTemplate> published() {
        return revisions.findByStatus(ArticleStatus.PUBLISHED).stream().map(TemplateRevision::toTemplate).toList();
    }

    /** Each template's newest revision where that is a draft or in review: what the editors are working on. */
    @Transactional(readOnly = true)
    public List<ResponseTemplate> latestDrafts() {
        java.util.Map<String, TemplateRevision> newest = new java.util.TreeMap<>();
        revisions.findAll().forEach(r -> newest.merge(r.getTemplateId(), r,
                (a, b) -> a.getRevision() >= b.getRevision() ? a : b));
        return newest.values().stream()
                .filter(r -> r.getStatus() == ArticleStatus.DRAFT || r.getStatus() == ArticleStatus.IN_REVIEW)
                .map(TemplateRevision::toTemplate).toList();
    }

    /** Every revision of the template, oldest first. */
    @Transactional(readOnly = true)
    public List<ResponseTemplate> history(String templateId) {
        return revisions.findByTemplateIdOrderByRevision(templateId).stream().map(TemplateRevision::toTemplate)
                .toList();
    }

    private TemplateRevision revision(String templateId, int revision) {
        return revisions.findByTemplateIdAndRevision(templateId, revision).orElseThrow(
                () -> new IllegalArgumentException("template " + templateId + " has no revision " + revision));
    }
}
