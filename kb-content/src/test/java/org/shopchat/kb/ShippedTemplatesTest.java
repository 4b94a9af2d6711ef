package org.shopchat.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The persona and templates shipped in src/main/resources/kb follow every rule the bot relies on. */
class ShippedTemplatesTest {

    static final Path KB = Path.of("src/main/resources/kb");
    private static final ContentFiles FILES = ContentFiles.fromDirectory(KB);
    private final ContentValidator validator = new ContentValidator();

    private static Persona persona() {
        return new PersonaParser().parse("persona.md", FILES.byPath().get("persona.md"));
    }

    @Test
    void everyTemplateKeyHasAFile() {
        for (TemplateKey key : TemplateKey.values()) {
            assertThat(FILES.byPath()).as("template file for " + key).containsKey("templates/" + key.id() + ".md");
        }
    }

    @Test
    void everyTemplateFollowsTheRules() {
        Persona persona = persona();
        List<ContentProblem> problems = new ArrayList<>();
        FILES.byPath().forEach((path, text) -> {
            if (ContentValidator.isTemplate(path)) {
                problems.addAll(validator.validateTemplate(path, text, persona));
            }
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void everyTemplateRendersWithExactlyItsDeclaredPlaceholders() {
        List<ResponseTemplate> templates = new ArrayList<>();
        FILES.byPath().forEach((path, text) -> {
            if (ContentValidator.isTemplate(path)) {
                templates.add(new TemplateParser().parse(path, text));
            }
        });
        BotTexts texts = new BotTexts(templates);

        for (TemplateKey key : TemplateKey.values()) {
            Map<String, String> values = new java.util.HashMap<>();
            key.placeholders().forEach(p -> values.put(p, "<" + p + ">"));
            for (int seed = 0; seed < texts.template(key).variants().size(); seed++) {
                String text = texts.render(key, values, seed).text();
                assertThat(text).as(key.id()).doesNotContain("{").doesNotContain("}");
                key.placeholders().forEach(p -> assertThat(text).as(key.id()).contains("<" + p + ">"));
            }
        }
    }

    @Test
    void personaAndTemplatesRoundTripThroughTheWriter() {
        MarkdownWriter writer = new MarkdownWriter();
        FILES.byPath().forEach((path, text) -> {
            if (ContentValidator.isTemplate(path)) {
                assertThat(writer.write(new TemplateParser().parse(path, text))).as(path).isEqualTo(text);
            }
        });
        assertThat(writer.write(persona())).isEqualTo(FILES.byPath().get("persona.md"));
    }

    @Test
    void personaIsNoraWithAShippedAvatar() {
        Persona persona = persona();

        assertThat(persona.name()).isEqualTo("Nora");
        assertThat(persona.toneRules()).isNotEmpty();
        assertThat(FILES.byPath()).containsKey(persona.avatar().substring("kb/".length()));
    }
}
