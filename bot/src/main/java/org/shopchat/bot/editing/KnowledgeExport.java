package org.shopchat.bot.editing;

import org.shopchat.bot.knowledge.KnowledgeArticles;
import org.shopchat.bot.persona.BotPersona;
import org.shopchat.bot.persona.PersonaTemplates;
import org.shopchat.console.editor.ContentExport;
import org.shopchat.kb.Article;
import org.shopchat.kb.ContentFiles;
import org.shopchat.kb.MarkdownWriter;
import org.shopchat.kb.Persona;
import org.shopchat.kb.ResponseTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the database content as the kb-content folder: articles, templates and the persona from the database in the
 * writer's canonical form (the shipped files are kept in that form, so an unchanged database exports the shipped
 * files byte for byte), the files editors do not change here (avatars, synonyms, evaluation questions) as shipped, and
 * the index: the shipped one while the file list is the same, otherwise a new one.
 */
@Component
class KnowledgeExport implements ContentExport {

    private static final MarkdownWriter WRITER = new MarkdownWriter();
    private static final String PERSONA_FILE = "persona.md";

    private final KnowledgeArticles articles;
    private final PersonaTemplates templates;
    private final BotPersona persona;

    KnowledgeExport(KnowledgeArticles articles, PersonaTemplates templates, BotPersona persona) {
        this.articles = articles;
        this.templates = templates;
        this.persona = persona;
    }

    @Override
    public SortedMap<String, String> files() {
        return files(articles.current(), templates.published(), persona.published(), ContentFiles.fromClasspath(),
                shippedIndexText());
    }

    static SortedMap<String, String> files(Collection<Article> articles, Collection<ResponseTemplate> templates,
                                           ContentFiles shipped, String shippedIndex) {
        return files(articles, templates, Optional.empty(), shipped, shippedIndex);
    }

    /** @param persona the published persona; empty keeps the shipped persona.md */
    static SortedMap<String, String> files(Collection<Article> articles, Collection<ResponseTemplate> templates,
                                           Optional<Persona> persona, ContentFiles shipped, String shippedIndex) {
        SortedMap<String, String> files = new TreeMap<>();
        shipped.byPath().forEach((path, text) -> {
            if (!path.startsWith("articles/") && !path.startsWith("templates/")) {
                files.put(path, text);
            }
        });
        articles.forEach(a -> files.put("articles/" + a.id() + ".md", WRITER.write(a)));
        templates.forEach(t -> files.put("templates/" + t.key().id() + ".md", WRITER.write(t)));
        persona.ifPresent(p -> files.put(PERSONA_FILE, WRITER.write(p)));
        ContentFiles exported = new ContentFiles(files, files.keySet().stream().toList());
        boolean sameFiles = shipped.byPath().keySet().equals(files.keySet());
        files.put(ContentFiles.INDEX, sameFiles ? shippedIndex : exported.expectedIndex());
        return files;
    }

    private static String shippedIndexText() {
        try (InputStream in = ContentFiles.class.getClassLoader()
                .getResourceAsStream(ContentFiles.CLASSPATH_ROOT + ContentFiles.INDEX)) {
            if (in == null) {
                throw new IllegalStateException("kb/index.txt is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/index.txt", e);
        }
    }
}
