package org.shopchat.bot.persona;

import org.shopchat.console.editor.ContentRejectedException;
import org.shopchat.console.editor.ContentStatus;
import org.shopchat.console.editor.EditingRefusedException;
import org.shopchat.console.editor.FieldProblem;
import org.shopchat.console.editor.TemplateContent;
import org.shopchat.console.editor.TemplateEditing;
import org.shopchat.console.editor.TemplateRevisionView;
import org.shopchat.console.editor.TemplateSummary;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ContentException;
import org.shopchat.kb.ContentProblem;
import org.shopchat.kb.MarkdownWriter;
import org.shopchat.kb.ResponseTemplate;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The editor console's view of the response templates; steps go through {@link PersonaTemplates}. */
@Component
class ConsoleTemplateEditing implements TemplateEditing {

    private static final String DELIMITER = "---";

    private final PersonaTemplates templates;
    private final TemplateRevisionRepository revisions;
    private final MarkdownWriter writer = new MarkdownWriter();

    ConsoleTemplateEditing(PersonaTemplates templates, TemplateRevisionRepository revisions) {
        this.templates = templates;
        this.revisions = revisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        Map<String, List<TemplateRevision>> byTemplate = new TreeMap<>();
        for (TemplateRevision revision : revisions.findAll()) {
            byTemplate.computeIfAbsent(revision.getTemplateId(), id -> new ArrayList<>()).add(revision);
        }
        List<TemplateSummary> summaries = new ArrayList<>();
        byTemplate.forEach((id, all) -> TemplateKey.byId(id).ifPresent(key -> {
            TemplateRevision latest = all.stream().max(Comparator.comparingInt(TemplateRevision::getRevision))
                    .orElseThrow();
            int published = all.stream().filter(r -> r.getStatus() == ArticleStatus.PUBLISHED)
                    .mapToInt(TemplateRevision::getRevision).findFirst().orElse(0);
            summaries.add(new TemplateSummary(id, latest.toTemplate().description(), key.audience().name(),
                    List.copyOf(new TreeSet<>(key.placeholders())), latest.getRevision(), status(latest.getStatus()),
                    published, latest.getCreatedAt(), latest.getAuthor()));
        }));
        return summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TemplateRevisionView> history(String templateId) {
        if (templateId == null || TemplateKey.byId(templateId).isEmpty()) {
            return List.of();
        }
        return revisions.findByTemplateIdOrderByRevision(templateId).stream().map(ConsoleTemplateEditing::view)
                .toList();
    }

    @Override
    public int save(TemplateContent content, String author) {
        Optional<TemplateKey> key = TemplateKey.byId(content.id());
        if (key.isEmpty()) {
            throw new EditingRefusedException("There is no template '" + content.id() + "'.");
        }
        ResponseTemplate template = new ResponseTemplate(key.get(), content.description(), 1,
                ArticleStatus.PUBLISHED, content.variants());
        try {
            return templates.saveRevision(template, author);
        } catch (ContentException rejected) {
            throw new ContentRejectedException(fields(writer.write(template), rejected.problems()));
        }
    }

    @Override
    public void submitForReview(String templateId, int revision) {
        step(() -> templates.submitForReview(templateId, revision));
    }

    @Override
    public void returnToDraft(String templateId, int revision) {
        step(() -> templates.returnToDraft(templateId, revision));
    }

    @Override
    public void publish(String templateId, int revision) {
        step(() -> templates.publish(templateId, revision));
    }

    private static void step(Runnable step) {
        try {
            step.run();
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new EditingRefusedException(refused.getMessage());
        }
    }

    /** Problem lines refer to the written file: front matter keys, then one variant per body line. */
    private static List<FieldProblem> fields(String fileText, List<ContentProblem> problems) {
        String[] lines = fileText.split("\n", -1);
        int closing = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals(DELIMITER)) {
                closing = i + 1;
                break;
            }
        }
        List<FieldProblem> out = new ArrayList<>();
        for (ContentProblem problem : problems) {
            int line = problem.line();
            if (closing > 0 && line > closing) {
                out.add(new FieldProblem("variants", line - closing, problem.message()));
            } else if (line > 0 && lines[line - 1].startsWith("description:")) {
                out.add(new FieldProblem("description", 0, problem.message()));
            } else {
                out.add(new FieldProblem("article", 0, problem.message()));
            }
        }
        return out;
    }

    private static ContentStatus status(ArticleStatus status) {
        return ContentStatus.valueOf(status.name());
    }

    private static TemplateRevisionView view(TemplateRevision revision) {
        ResponseTemplate template = revision.toTemplate();
        return new TemplateRevisionView(revision.getRevision(), status(revision.getStatus()), revision.getAuthor(),
                revision.getCreatedAt(), revision.getStatusChangedAt(),
                new TemplateContent(template.key().id(), template.description(), template.variants()));
    }
}
