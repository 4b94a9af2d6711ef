package org.shopchat.bot.editing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.bot.knowledge.ConsoleSession;
import org.shopchat.bot.knowledge.KnowledgeArticles;
import org.shopchat.bot.persona.PersonaTemplates;
import org.shopchat.kb.ContentFiles;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip of the content: kb-content files imported into the database and exported again are the same files,
 * and the editor's zip download is a valid kb folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeExportTests {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeExport export;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    PersonaTemplates templates;

    @Test
    void importThenExportGivesTheShippedFilesByteForByte() throws Exception {
        SortedMap<String, String> shipped = shippedFilesWithIndex();
        SortedMap<String, String> exported = export.files();
        assertThat(exported.keySet()).isEqualTo(shipped.keySet());
        // Other tests of this application context publish edits; every article and template nobody edited must
        // come back exactly as shipped, and those are nearly all of them.
        List<String> unchanged = new ArrayList<>();
        shipped.forEach((path, text) -> {
            if (untouched(path)) {
                assertThat(exported.get(path)).as(path).isEqualTo(text);
                unchanged.add(path);
            }
        });
        assertThat(unchanged).hasSizeGreaterThan(shipped.size() - 10);
    }

    @Test
    void theEditorDownloadsAZipThatKbContentLoadsAndAnAgentCannot(@TempDir Path dir) throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        HttpResponse<byte[]> download = editor.download("/console/editor/export");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("kb.zip"));
        Path kb = unzip(download.body(), dir);
        KnowledgeContent loaded = KnowledgeContent.loadFromDirectory(kb);
        assertThat(loaded.articles()).hasSameSizeAs(articles.current());
        assertThat(loaded.texts().template(TemplateKey.GREETING)).isIn(templates.published());
        assertThat(ContentFiles.fromDirectory(kb).byPath()).isEqualTo(without("index.txt", export.files()));

        ConsoleSession agent = ConsoleSession.signIn(port, "agent1", "agent1-demo", "/console");
        assertThat(agent.download("/console/editor/export").statusCode()).isEqualTo(403);
    }

    private boolean untouched(String path) {
        if (path.startsWith("articles/")) {
            return articles.history(id(path, "articles/")).size() == 1;
        }
        if (path.startsWith("templates/")) {
            return templates.history(id(path, "templates/")).size() == 1;
        }
        return true;
    }

    private static String id(String path, String folder) {
        return path.substring(folder.length(), path.length() - ".md".length());
    }

    private static SortedMap<String, String> shippedFilesWithIndex() throws IOException {
        SortedMap<String, String> files = new TreeMap<>(ContentFiles.fromClasspath().byPath());
        try (var in = ContentFiles.class.getClassLoader().getResourceAsStream("kb/index.txt")) {
            files.put("index.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static SortedMap<String, String> without(String path, SortedMap<String, String> files) {
        SortedMap<String, String> rest = new TreeMap<>(files);
        rest.remove(path);
        return rest;
    }

    private static Path unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(dir)).as("zip entry stays inside the folder").isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return dir.resolve("kb");
    }
}
