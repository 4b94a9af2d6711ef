package org.shopchat.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The knowledge base shipped in src/main/resources/kb passes every content rule; bad content fails the build. */
class ShippedContentTest {

    private static final Path KB = ShippedTemplatesTest.KB;
    private static final ContentFiles FILES = ContentFiles.fromDirectory(KB);

    @Test
    void shippedContentBreaksNoRule() {
        assertThat(new ContentValidator().validate(FILES)).extracting(ContentProblem::toString).isEmpty();
    }

    @Test
    void loadsFromTheFolderWithAtLeastEightyPublishedArticles() {
        KnowledgeContent content = KnowledgeContent.loadFromDirectory(KB);

        assertThat(content.publishedArticles()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(content.persona().name()).isEqualTo("Nora");
        assertThat(content.synonymRules()).anyMatch(rule -> rule.startsWith("refund, money back"));
    }

    @Test
    void loadsTheSameContentFromTheClassPathAsFromTheFolder() {
        KnowledgeContent fromClasspath = KnowledgeContent.loadFromClasspath();
        KnowledgeContent fromFolder = KnowledgeContent.loadFromDirectory(KB);

        assertThat(fromClasspath.articles()).isEqualTo(fromFolder.articles());
        assertThat(fromClasspath.persona()).isEqualTo(fromFolder.persona());
        assertThat(fromClasspath.synonymRules()).isEqualTo(fromFolder.synonymRules());
    }

    @Test
    void loadsFromInsideAJarWhereFoldersCannotBeListed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("kb-content.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var paths = Files.walk(KB)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry("kb/" + KB.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            KnowledgeContent fromJar = KnowledgeContent.load(ContentFiles.fromClasspath(loader));

            assertThat(fromJar.articles()).isEqualTo(KnowledgeContent.loadFromDirectory(KB).articles());
        }
    }

    @Test
    void indexFileIsExactlyWhatTheFolderNeeds() throws Exception {
        // If this fails after adding or removing a file, replace kb/index.txt with the expected text shown.
        assertThat(Files.readString(KB.resolve(ContentFiles.INDEX))).isEqualTo(FILES.expectedIndex());
    }

    @Test
    void everyArticleRoundTripsThroughTheWriter() {
        MarkdownWriter writer = new MarkdownWriter();
        ArticleParser parser = new ArticleParser();
        FILES.byPath().forEach((path, text) -> {
            if (ContentValidator.isArticle(path)) {
                assertThat(writer.write(parser.parse(path, text))).as(path).isEqualTo(text);
            }
        });
    }

    @Test
    void everyInformationIntentIsAnsweredByAPublishedArticle() {
        Set<String> covered = KnowledgeContent.loadFromDirectory(KB).publishedArticles().stream()
                .flatMap(a -> a.intents().stream()).collect(Collectors.toSet());

        assertThat(covered).containsAll(IntentCoverage.informationIntents());
    }

    @Test
    void retrievalTestSetHasAtLeast260QuestionsCoveringEveryInformationIntent() {
        KnowledgeContent content = KnowledgeContent.loadFromDirectory(KB);
        java.util.List<RetrievalQuestion> questions = RetrievalQuestions.loadFromDirectory(KB);

        assertThat(questions).hasSizeGreaterThanOrEqualTo(260);
        assertThat(RetrievalQuestions.loadFromClasspath()).isEqualTo(questions);
        Set<String> intentsTested = questions.stream()
                .flatMap(q -> content.article(q.expectedArticleId()).orElseThrow().intents().stream())
                .collect(Collectors.toSet());
        assertThat(intentsTested).containsAll(IntentCoverage.informationIntents());
    }

    @Test
    void intentsAreEitherAnsweredByArticlesOrByAFlow() {
        assertThat(IntentCoverage.COVERED_BY_FLOW.keySet()).isSubsetOf(IntentCoverage.PRODUCT_INTENTS);
        assertThat(IntentCoverage.informationIntents()).hasSize(
                IntentCoverage.PRODUCT_INTENTS.size() - IntentCoverage.COVERED_BY_FLOW.size());
        assertThat(IntentCoverage.informationIntents()).doesNotContain("track_order", "greeting", "affirm");
    }
}
