package org.shopchat.bot.persona;

import org.shopchat.bot.content.ContentFieldLines;
import org.shopchat.console.editor.ContentRejectedException;
import org.shopchat.console.editor.ContentStatus;
import org.shopchat.console.editor.EditingRefusedException;
import org.shopchat.console.editor.FieldProblem;
import org.shopchat.console.editor.PersonaContent;
import org.shopchat.console.editor.PersonaEditing;
import org.shopchat.console.editor.PersonaPreview;
import org.shopchat.console.editor.PersonaRevisionView;
import org.shopchat.kb.ContentException;
import org.shopchat.kb.MarkdownWriter;
import org.shopchat.kb.Persona;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The editor console's view of the persona; steps go through {@link BotPersona}. */
@Component
class ConsolePersonaEditing implements PersonaEditing {

    private static final List<String> FORM_FIELDS = List.of("name", "role", "avatar", "toneRules", "maxReplyChars");
    private static final String BODY_FIELD = "description";

    private final BotPersona persona;
    private final PublishedTemplates templates;
    private final MarkdownWriter writer = new MarkdownWriter();

    ConsolePersonaEditing(BotPersona persona, PublishedTemplates templates) {
        this.persona = persona;
        this.templates = templates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonaRevisionView> history(String contentId) {
        if (!ID.equals(contentId)) {
            return List.of();
        }
        return persona.history().stream().map(ConsolePersonaEditing::view).toList();
    }

    @Override
    public int save(PersonaContent content, String author) {
        Persona draft = checked(content);
        try {
            return persona.saveRevision(draft, author);
        } catch (ContentException rejected) {
            throw new ContentRejectedException(fields(draft, rejected));
        }
    }

    @Override
    public void submitForReview(String contentId, int revision) {
        step(contentId, () -> persona.submitForReview(revision));
    }

    @Override
    public void returnToDraft(String contentId, int revision) {
        step(contentId, () -> persona.returnToDraft(revision));
    }

    @Override
    public void publish(String contentId, int revision) {
        step(contentId, () -> persona.publish(revision));
    }

    @Override
    public List<String> shippedAvatars() {
        return persona.shippedAvatars();
    }

    @Override
    public PersonaPreview preview(PersonaContent content) {
        List<FieldProblem> problems;
        Persona draft;
        try {
            draft = checked(content);
            problems = new ContentFieldLines(writer.write(draft))
                    .fieldProblems(persona.problems(draft), FORM_FIELDS, BODY_FIELD);
        } catch (ContentRejectedException rejected) {
            return new PersonaPreview(content.name(), "", List.of(), rejected.problems());
        }
        boolean avatarAllowed = problems.stream().noneMatch(p -> p.field().equals("avatar"));
        List<String> greetings = new ArrayList<>();
        int variants = templates.current().template(TemplateKey.GREETING).variants().size();
        for (int i = 0; i < variants; i++) {
            greetings.add(templates.current().render(TemplateKey.GREETING, Map.of(BotPersona.BOT_NAME,
                    draft.name()), i).text());
        }
        return new PersonaPreview(draft.name(), avatarAllowed ? PersonaCard.of(draft).avatarUrl() : "", greetings,
                problems);
    }

    /** What the database columns and the persona model need before the content rules can be applied. */
    private static Persona checked(PersonaContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content.avatar().length() > PersonaRevision.MAX_AVATAR_CHARS) {
            problems.add(new FieldProblem("avatar", 0, "has more than " + PersonaRevision.MAX_AVATAR_CHARS
                    + " characters"));
        }
        if (String.join("\n", content.toneRules()).length() > PersonaRevision.MAX_TONE_RULES_CHARS) {
            problems.add(new FieldProblem("toneRules", 0, "have more than " + PersonaRevision.MAX_TONE_RULES_CHARS
                    + " characters in all"));
        }
        if (content.description().length() > PersonaRevision.MAX_DESCRIPTION_CHARS) {
            problems.add(new FieldProblem(BODY_FIELD, 0, "has more than " + PersonaRevision.MAX_DESCRIPTION_CHARS
                    + " characters"));
        }
        if (content.maxReplyChars() <= 0) {
            problems.add(new FieldProblem("maxReplyChars", 0, "must be a positive number"));
        }
        if (content.name().length() > 200 || content.role().length() > 500) {
            problems.add(new FieldProblem(content.name().length() > 200 ? "name" : "role", 0, "is far too long"));
        }
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
        return new Persona(content.name(), content.role(), content.avatar(), content.toneRules(),
                content.maxReplyChars(), content.description());
    }

    private List<FieldProblem> fields(Persona draft, ContentException rejected) {
        return new ContentFieldLines(writer.write(draft)).fieldProblems(rejected.problems(), FORM_FIELDS, BODY_FIELD);
    }

    private static void step(String contentId, Runnable step) {
        if (!ID.equals(contentId)) {
            throw new EditingRefusedException("There is no persona '" + contentId + "'.");
        }
        try {
            step.run();
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new EditingRefusedException(refused.getMessage());
        }
    }

    private static PersonaRevisionView view(PersonaRevision revision) {
        Persona p = revision.toPersona();
        return new PersonaRevisionView(revision.getRevision(), ContentStatus.valueOf(revision.getStatus().name()),
                revision.getAuthor(), revision.getCreatedAt(), revision.getStatusChangedAt(),
                new PersonaContent(p.name(), p.role(), p.avatar(), p.toneRules(), p.maxReplyChars(), p.description()));
    }
}
