package org.shopchat.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the bot says, validated: the persona, all articles (every status; only published ones may be shown),
 * the response templates and the synonym rules for the search index.
 */
public record KnowledgeContent(Persona persona, List<Article> articles, BotTexts texts, List<String> synonymRules) {

    public KnowledgeContent {
        Objects.requireNonNull(persona, "persona");
        articles = List.copyOf(articles);
        Objects.requireNonNull(texts, "texts");
        synonymRules = List.copyOf(synonymRules);
    }

    /** Loads the content shipped in this jar ({@code kb/index.txt} lists the files). */
    public static KnowledgeContent loadFromClasspath() {
        return load(ContentFiles.fromClasspath());
    }

    /** Loads a {@code kb} folder, e.g. {@code kb-content/src/main/resources/kb} or an editor export. */
    public static KnowledgeContent loadFromDirectory(Path kbDir) {
        return load(ContentFiles.fromDirectory(kbDir));
    }

    /** @throws ContentException listing every problem with file and line when any content rule is broken */
    public static KnowledgeContent load(ContentFiles files) {
        List<ContentProblem> problems = new ContentValidator().validate(files);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Persona persona = new PersonaParser().parse(ContentValidator.PERSONA_FILE,
                files.byPath().get(ContentValidator.PERSONA_FILE));
        List<Article> articles = new ArrayList<>();
        List<ResponseTemplate> templates = new ArrayList<>();
        ArticleParser articleParser = new ArticleParser();
        TemplateParser templateParser = new TemplateParser();
        files.byPath().forEach((path, text) -> {
            if (ContentValidator.isArticle(path)) {
                articles.add(articleParser.parse(path, text));
            } else if (ContentValidator.isTemplate(path)) {
                templates.add(templateParser.parse(path, text));
            }
        });
        articles.sort(Comparator.comparing(Article::id));
        List<String> synonyms = SynonymRules.read(ContentValidator.SYNONYMS_FILE,
                files.byPath().get(ContentValidator.SYNONYMS_FILE)).orThrow();
        return new KnowledgeContent(persona, articles, new BotTexts(templates), synonyms);
    }

    public List<Article> publishedArticles() {
        return articles.stream().filter(Article::isPublished).toList();
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
