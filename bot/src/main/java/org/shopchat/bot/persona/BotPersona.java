package org.shopchat.bot.persona;

import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ContentException;
import org.shopchat.kb.ContentFiles;
import org.shopchat.kb.ContentProblem;
import org.shopchat.kb.ContentValidator;
import org.shopchat.kb.MarkdownWriter;
import org.shopchat.kb.Persona;
import org.shopchat.kb.ResponseTemplate;
import org.shopchat.kb.TemplateAudience;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bot's persona in the database and its editorial workflow, the same as for templates and articles: every save
 * is a new draft revision, which goes to review and is then published (the previous one is archived). The shipped
 * persona.md is imported on first start, and again when it changed and no editor has changed the persona. Who may
 * take a step is the editor console's business.
 */
@Service
public class BotPersona {

    static final String BOT_NAME = "botName";
    private static final Logger log = LoggerFactory.getLogger(BotPersona.class);

    private final PersonaRevisionRepository revisions;
    private final PublishedTemplates templates;
    private final PersonaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<String> shippedPaths;
    private final ContentValidator validator = new ContentValidator();
    private final MarkdownWriter writer = new MarkdownWriter();

    BotPersona(PersonaRevisionRepository revisions, PublishedTemplates templates, PersonaProperties properties,
               ApplicationEventPublisher events, Clock clock) {
        this.revisions = revisions;
        this.templates = templates;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.shippedPaths = Set.copyOf(ContentFiles.fromClasspath().byPath().keySet());
    }

    /** @return whether the shipped persona was taken */
    @Transactional
    public boolean importShipped(Persona shipped) {
        List<PersonaRevision> all = revisions.findAllByOrderByRevision();
        Instant now = clock.instant();
        if (all.isEmpty()) {
            revisions.save(PersonaRevision.shipped(shipped, 1, now));
            events.publishEvent(new PersonaPublished(1));
            return true;
        }
        if (all.stream().anyMatch(r -> r.getSource() == TemplateRevision.Source.EDITOR)) {
            return false;
        }
        PersonaRevision latest = all.getLast();
        if (latest.toPersona().equals(shipped)) {
            return false;
        }
        log.info("The shipped persona changed and no editor has changed it: imported as a new revision");
        revisions.findByStatus(ArticleStatus.PUBLISHED).ifPresent(p -> p.archive(now));
        PersonaRevision imported = revisions.save(PersonaRevision.shipped(shipped, latest.getRevision() + 1, now));
        events.publishEvent(new PersonaPublished(imported.getRevision()));
        return true;
    }

    /**
     * Every problem of the persona: the kb-content persona rules, the avatar's origin, and the persona's effect on
     * the published templates (the name said in greetings, and the length limit of customer messages). Line
     * numbers refer to the persona.md {@link MarkdownWriter} writes.
     */
    public List<ContentProblem> problems(Persona persona) {
        List<ContentProblem> problems = new ArrayList<>(validator.validatePersona(persona, shippedPaths));
        String file = "persona.md";
        String text = writer.write(persona);
        if (ContentValidator.isAvatarUrl(persona.avatar()) && !properties.allowsAvatarUrl(persona.avatar())) {
            problems.add(new ContentProblem(file, lineOf(text, "avatar"), properties.avatarOrigins().isEmpty()
                    ? "avatar must be one of the shipped avatars " + shippedAvatars()
                    + " (no image addresses are allowed: shopchat.persona.avatar-origins is empty)"
                    : "avatar address must be on " + properties.avatarOrigins()));
        }
        for (ResponseTemplate template : Arrays.stream(TemplateKey.values()).map(templates.current()::template)
                .toList()) {
            if (template.key().audience() != TemplateAudience.CUSTOMER) {
                continue;
            }
            int max = persona.maxReplyChars();
            for (int i = 0; i < template.variants().size(); i++) {
                String variant = template.variants().get(i);
                String said = variant.replace("{" + BOT_NAME + "}", persona.name());
                if (said.length() <= max) {
                    continue;
                }
                boolean byName = variant.contains("{" + BOT_NAME + "}") && variant.length() <= max;
                problems.add(new ContentProblem(file, lineOf(text, byName ? "name" : "maxReplyChars"),
                        "variant " + (i + 1) + " of template " + template.key().id() + " would have "
                                + said.length() + " characters, more than maxReplyChars " + max));
            }
        }
        return problems;
    }

    /**
     * Saves the persona as a new draft revision.
     *
     * @throws ContentException with every problem of {@link #problems(Persona)}
     */
    @Transactional
    public int saveRevision(Persona persona, String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a revision needs its author");
        }
        List<ContentProblem> problems = problems(persona);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        int next = revisions.latestRevision() + 1;
        return revisions.save(PersonaRevision.edited(persona, next, author.strip(), clock.instant())).getRevision();
    }

    @Transactional
    public void submitForReview(int revision) {
        revision(revision).submitForReview(clock.instant());
    }

    @Transactional
    public void returnToDraft(int revision) {
        revision(revision).returnToDraft(clock.instant());
    }

    /** Makes a reviewed revision the one the bot speaks as; the in-memory persona follows on commit. */
    @Transactional
    public void publish(int revision) {
        Instant now = clock.instant();
        PersonaRevision approved = revision(revision);
        Optional<PersonaRevision> previous = revisions.findByStatus(ArticleStatus.PUBLISHED);
        approved.publish(now);
        previous.ifPresent(p -> p.archive(now));
        events.publishEvent(new PersonaPublished(revision));
    }

    /** The persona the bot speaks as now, as the database has it. */
    @Transactional(readOnly = true)
    public Optional<Persona> published() {
        return revisions.findByStatus(ArticleStatus.PUBLISHED).map(PersonaRevision::toPersona);
    }

    /** The newest revision when it is a draft or in review: what the editors are working on. */
    @Transactional(readOnly = true)
    public Optional<PersonaDraft> latestDraft() {
        return revisions.findAllByOrderByRevision().stream().reduce((a, b) -> b)
                .filter(r -> r.getStatus() == ArticleStatus.DRAFT || r.getStatus() == ArticleStatus.IN_REVIEW)
                .map(r -> new PersonaDraft(r.getRevision(), r.toPersona()));
    }

    /** The avatars shipped in the kb folder, as persona.md names them (kb/avatar.svg). */
    public List<String> shippedAvatars() {
        return shippedPaths.stream().filter(ContentValidator::isAvatarFile).map(p -> ContentFiles.CLASSPATH_ROOT + p)
                .sorted().toList();
    }

    List<PersonaRevision> history() {
        return revisions.findAllByOrderByRevision();
    }

    private PersonaRevision revision(int revision) {
        return revisions.findByRevision(revision).orElseThrow(
                () -> new IllegalArgumentException("the persona has no revision " + revision));
    }

    private static int lineOf(String fileText, String key) {
        String[] lines = fileText.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A persona revision editors have not published yet. */
    public record PersonaDraft(int revision, Persona persona) {
    }
}
