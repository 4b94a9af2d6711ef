package org.shopchat.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every content rule of the knowledge base. {@link #validate(ContentFiles)} checks a whole folder; the other methods
 * check one article or template, e.g. while an editor is changing it in the console.
 */
public final class ContentValidator {

    public static final int MAX_SHORT_ANSWER_CHARS = 300;
    public static final int MAX_TITLE_CHARS = 90;
    public static final int MIN_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 6;
    /**
     * Retrieval test questions must be worded differently from the article they test: at most this share of words
     * (Jaccard overlap of word sets) in common with any title or alternative question. Otherwise the test set
     * measures string matching, not retrieval.
     */
    public static final double MAX_WORD_OVERLAP_WITH_ARTICLE = 0.7;
    /** The persona's name is shown in the widget header and said in greetings: short, one line. */
    public static final int MAX_PERSONA_NAME_CHARS = 40;
    public static final int MAX_PERSONA_ROLE_CHARS = 90;
    public static final int MAX_TONE_RULE_CHARS = 300;
    public static final int MIN_MAX_REPLY_CHARS = 80;
    public static final int MAX_MAX_REPLY_CHARS = 1000;

    static final String PERSONA_FILE = "persona.md";
    static final String SYNONYMS_FILE = "synonyms.txt";
    static final String ARTICLES_DIR = "articles/";
    static final String TEMPLATES_DIR = "templates/";

    private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KB_LINK = Pattern.compile("\\]\\(kb:([^)\\s]*)\\)");
    private static final Pattern ANY_LINK = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)[^\\s?#]+\\.(svg|png|webp|jpe?g|gif)");
    /** An avatar kept elsewhere: an https address of an image file, without query or credentials. */
    private static final Pattern AVATAR_URL = Pattern.compile(
            "(?i)https://[a-z0-9.-]+(:[0-9]{1,5})?/[a-z0-9._~/-]*\\.(svg|png|webp|jpe?g|gif)");

    private final ArticleParser articleParser = new ArticleParser();
    private final TemplateParser templateParser = new TemplateParser();
    private final PersonaParser personaParser = new PersonaParser();
    private final MarkdownWriter writer = new MarkdownWriter();

    /** All rules over all files: schemas, ids, links, coverage, templates, tone, synonyms, test set, index. */
    public List<ContentProblem> validate(ContentFiles files) {
        List<ContentProblem> problems = new ArrayList<>();
        checkIndex(files, problems);

        Persona persona = null;
        String personaText = files.byPath().get(PERSONA_FILE);
        if (personaText == null) {
            problems.add(new ContentProblem(PERSONA_FILE, 0, "is missing"));
        } else {
            ParseResult<Persona> parsed = personaParser.read(PERSONA_FILE, personaText);
            problems.addAll(parsed.problems());
            persona = parsed.value().orElse(null);
            if (persona != null) {
                problems.addAll(personaRules(persona, parsed.lines(), files.byPath().keySet()));
            }
        }

        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, SourceLines> articleLines = new HashMap<>();
        Map<String, String> articleFiles = new HashMap<>();
        files.byPath().forEach((path, text) -> {
            if (isArticle(path)) {
                ParseResult<Article> parsed = articleParser.read(path, text);
                problems.addAll(parsed.problems());
                parsed.value().ifPresent(article -> {
                    String earlier = articleFiles.putIfAbsent(article.id(), path);
                    if (earlier != null) {
                        problems.add(new ContentProblem(path, parsed.lines().field("id"),
                                "id '" + article.id() + "' is already used by " + earlier));
                    } else {
                        articles.put(article.id(), article);
                        articleLines.put(article.id(), parsed.lines());
                    }
                });
            }
        });
        Set<String> publishedIds = articles.values().stream().filter(Article::isPublished).map(Article::id)
                .collect(Collectors.toSet());
        articles.values().forEach(article -> problems.addAll(
                articleRules(articleFiles.get(article.id()), article, articleLines.get(article.id()), publishedIds)));
        checkIntentCoverage(articles.values(), problems);

        int maxReplyChars = persona == null ? Integer.MAX_VALUE : persona.maxReplyChars();
        Map<TemplateKey, ResponseTemplate> templates = new EnumMap<>(TemplateKey.class);
        files.byPath().forEach((path, text) -> {
            if (isTemplate(path)) {
                ParseResult<ResponseTemplate> parsed = templateParser.read(path, text);
                problems.addAll(parsed.problems());
                parsed.value().ifPresent(template -> {
                    templates.put(template.key(), template);
                    problems.addAll(templateRules(path, template, parsed.lines(), maxReplyChars));
                    if (template.status() != ArticleStatus.PUBLISHED) {
                        problems.add(new ContentProblem(path, parsed.lines().field("status"),
                                "every shipped template must be published, the bot needs all of them"));
                    }
                });
            }
        });
        for (TemplateKey key : TemplateKey.values()) {
            if (!templates.containsKey(key)) {
                problems.add(new ContentProblem(TEMPLATES_DIR + key.id() + ".md", 0,
                        "is missing: the bot renders template '" + key.id() + "' with placeholders "
                                + new TreeSet<>(key.placeholders())));
            }
        }

        String synonyms = files.byPath().get(SYNONYMS_FILE);
        if (synonyms == null) {
            problems.add(new ContentProblem(SYNONYMS_FILE, 0, "is missing"));
        } else {
            problems.addAll(SynonymRules.read(SYNONYMS_FILE, synonyms).problems());
        }

        String questions = files.byPath().get(RetrievalQuestions.FILE);
        if (questions != null) {
            problems.addAll(retrievalQuestionRules(questions, articles.values()));
        }

        checkUnexpectedFiles(files, persona, problems);
        return problems;
    }

    /** Rules for one article given as file text, e.g. from the editor console. */
    public List<ContentProblem> validateArticle(String fileName, String text, Set<String> publishedArticleIds) {
        ParseResult<Article> parsed = articleParser.read(fileName, text);
        if (parsed.value().isEmpty()) {
            return parsed.problems();
        }
        return articleRules(fileName, parsed.value().get(), parsed.lines(), publishedArticleIds);
    }

    /** Rules for one article held in memory; line numbers refer to the file {@link MarkdownWriter} would write. */
    public List<ContentProblem> validateArticle(Article article, Set<String> publishedArticleIds) {
        return validateArticle(ARTICLES_DIR + article.id() + ".md", writer.write(article), publishedArticleIds);
    }

    /** Rules for one template given as file text. */
    public List<ContentProblem> validateTemplate(String fileName, String text, Persona persona) {
        ParseResult<ResponseTemplate> parsed = templateParser.read(fileName, text);
        if (parsed.value().isEmpty()) {
            return parsed.problems();
        }
        return templateRules(fileName, parsed.value().get(), parsed.lines(), persona.maxReplyChars());
    }

    /** Rules for one template held in memory; line numbers refer to the file {@link MarkdownWriter} would write. */
    public List<ContentProblem> validateTemplate(ResponseTemplate template, Persona persona) {
        return validateTemplate(TEMPLATES_DIR + template.key().id() + ".md", writer.write(template), persona);
    }

    /**
     * Rules for the persona held in memory, e.g. from the editor console; line numbers refer to the file
     * {@link MarkdownWriter} would write.
     *
     * @param shippedPaths the files of the kb folder (relative to it), where a shipped avatar must be
     */
    public List<ContentProblem> validatePersona(Persona persona, Set<String> shippedPaths) {
        ParseResult<Persona> parsed = personaParser.read(PERSONA_FILE, writer.write(persona));
        if (parsed.value().isEmpty()) {
            return parsed.problems();
        }
        return personaRules(parsed.value().get(), parsed.lines(), shippedPaths);
    }

    /** Whether the avatar is an image file shipped in the kb folder, given as kb/&lt;path&gt;. */
    public static boolean isShippedAvatar(String avatar, Set<String> shippedPaths) {
        return avatar.startsWith(ContentFiles.CLASSPATH_ROOT) && IMAGE_FILE.matcher(avatar).matches()
                && shippedPaths.contains(avatar.substring(ContentFiles.CLASSPATH_ROOT.length()));
    }

    /** Whether the avatar is an https address of an image file (where it may be loaded from is the bot's choice). */
    public static boolean isAvatarUrl(String avatar) {
        return AVATAR_URL.matcher(avatar).matches() && !avatar.contains("..");
    }

    private List<ContentProblem> personaRules(Persona persona, SourceLines lines, Set<String> shippedPaths) {
        List<ContentProblem> problems = new ArrayList<>();
        String name = persona.name();
        if (name.isBlank() || name.length() > MAX_PERSONA_NAME_CHARS) {
            problems.add(new ContentProblem(PERSONA_FILE, lines.field("name"),
                    "name needs 1 to " + MAX_PERSONA_NAME_CHARS + " characters"));
        } else if (name.chars().anyMatch(c -> c == '{' || c == '}' || Character.isISOControl(c))) {
            problems.add(new ContentProblem(PERSONA_FILE, lines.field("name"),
                    "name must be plain text on one line, without braces"));
        }
        checkLine(PERSONA_FILE, lines.field("name"), name, problems, true);
        if (persona.role().isBlank() || persona.role().length() > MAX_PERSONA_ROLE_CHARS) {
            problems.add(new ContentProblem(PERSONA_FILE, lines.field("role"),
                    "role needs 1 to " + MAX_PERSONA_ROLE_CHARS + " characters"));
        }
        checkLine(PERSONA_FILE, lines.field("role"), persona.role(), problems, true);
        String avatar = persona.avatar();
        if (!isShippedAvatar(avatar, shippedPaths) && !isAvatarUrl(avatar)) {
            problems.add(new ContentProblem(PERSONA_FILE, lines.field("avatar"),
                    "avatar '" + avatar + "' must be an image shipped under kb/, e.g. kb/avatar.svg, "
                            + "or an https address of an image file"));
        }
        if (persona.toneRules().isEmpty()) {
            problems.add(new ContentProblem(PERSONA_FILE, lines.field("toneRules"), "needs at least one tone rule"));
        }
        for (int i = 0; i < persona.toneRules().size(); i++) {
            String rule = persona.toneRules().get(i);
            if (rule.length() > MAX_TONE_RULE_CHARS) {
                problems.add(new ContentProblem(PERSONA_FILE, lines.item("toneRules", i),
                        "a tone rule has at most " + MAX_TONE_RULE_CHARS + " characters"));
            }
            // Tone rules may quote what not to write, like the description: only unfinished text is a problem.
            checkLine(PERSONA_FILE, lines.item("toneRules", i), rule, problems, false);
        }
        if (persona.maxReplyChars() < MIN_MAX_REPLY_CHARS || persona.maxReplyChars() > MAX_MAX_REPLY_CHARS) {
            problems.add(new ContentProblem(PERSONA_FILE, lines.field("maxReplyChars"),
                    "maxReplyChars must be between " + MIN_MAX_REPLY_CHARS + " and " + MAX_MAX_REPLY_CHARS));
        }
        textProblems(PERSONA_FILE, persona.description(), lines, problems, false);
        return problems;
    }

    private List<ContentProblem> articleRules(String file, Article article, SourceLines lines,
                                              Set<String> publishedIds) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!LOWER_KEBAB.matcher(article.id()).matches()) {
            problems.add(new ContentProblem(file, lines.field("id"), "id must be lower-kebab-case, e.g. returns-start"));
        } else if (file.startsWith(ARTICLES_DIR) && !file.equals(ARTICLES_DIR + article.id() + ".md")) {
            problems.add(new ContentProblem(file, lines.field("id"),
                    "id '" + article.id() + "' must match the file name " + ARTICLES_DIR + article.id() + ".md"));
        }
        checkLine(file, lines.field("title"), article.title(), problems, true);
        if (article.title().length() > MAX_TITLE_CHARS) {
            problems.add(new ContentProblem(file, lines.field("title"), "title is longer than " + MAX_TITLE_CHARS));
        }
        if (article.intents().isEmpty()) {
            problems.add(new ContentProblem(file, lines.field("intents"), "needs at least one intent"));
        }
        Set<String> seenIntents = new HashSet<>();
        for (int i = 0; i < article.intents().size(); i++) {
            String intent = article.intents().get(i);
            if (!IntentCoverage.PRODUCT_INTENTS.contains(intent)) {
                problems.add(new ContentProblem(file, lines.item("intents", i), "'" + intent + "' is not an intent name"));
            } else if (!seenIntents.add(intent)) {
                problems.add(new ContentProblem(file, lines.item("intents", i), "intent '" + intent + "' repeated"));
            }
        }
        if (article.questions().size() < MIN_QUESTIONS || article.questions().size() > MAX_QUESTIONS) {
            problems.add(new ContentProblem(file, lines.field("questions"), "needs " + MIN_QUESTIONS + "–"
                    + MAX_QUESTIONS + " alternative questions, has " + article.questions().size()));
        }
        Set<String> seenQuestions = new HashSet<>();
        seenQuestions.add(normalised(article.title()));
        for (int i = 0; i < article.questions().size(); i++) {
            String question = article.questions().get(i);
            int line = lines.item("questions", i);
            checkLine(file, line, question, problems, false);
            if (!seenQuestions.add(normalised(question))) {
                problems.add(new ContentProblem(file, line, "question repeats the title or another question"));
            }
        }
        if (article.tags().isEmpty()) {
            problems.add(new ContentProblem(file, lines.field("tags"), "needs at least one tag"));
        }
        for (int i = 0; i < article.tags().size(); i++) {
            if (!LOWER_KEBAB.matcher(article.tags().get(i)).matches()) {
                problems.add(new ContentProblem(file, lines.item("tags", i), "tag '" + article.tags().get(i)
                        + "' must be lower-kebab-case"));
            }
        }
        if (article.revision() < 1) {
            problems.add(new ContentProblem(file, lines.field("revision"), "revision starts at 1"));
        }
        bodyRules(file, article, lines, publishedIds, problems);
        return problems;
    }

    private void bodyRules(String file, Article article, SourceLines lines, Set<String> publishedIds,
                           List<ContentProblem> problems) {
        String body = article.body();
        int firstLine = firstNonBlankLine(body);
        if (body.isBlank()) {
            problems.add(new ContentProblem(file, lines.bodyLine(0), "article body is empty"));
            return;
        }
        if (firstLine > 0) {
            problems.add(new ContentProblem(file, lines.bodyLine(0), "body must start right below the front matter"));
        }
        String shortAnswer = article.shortAnswer();
        int shortLine = lines.bodyLine(firstLine);
        if (shortAnswer.length() > MAX_SHORT_ANSWER_CHARS) {
            problems.add(new ContentProblem(file, shortLine, "the short answer (first paragraph) has "
                    + shortAnswer.length() + " characters, at most " + MAX_SHORT_ANSWER_CHARS + " fit a chat bubble"));
        }
        if (shortAnswer.matches("^([#>|*]|- |\\d+\\. |```).*")) {
            problems.add(new ContentProblem(file, shortLine,
                    "the body must open with a plain paragraph (the short answer), not a heading, list, quote or table"));
        }
        if (ANY_LINK.matcher(shortAnswer).find()) {
            problems.add(new ContentProblem(file, shortLine,
                    "the short answer must read on its own: put links in the details below it"));
        }
        String[] bodyLines = body.split("\n", -1);
        for (int i = 0; i < bodyLines.length; i++) {
            String line = bodyLines[i];
            int lineNumber = lines.bodyLine(i);
            TextRules.unfinished(line).ifPresent(m -> problems.add(new ContentProblem(file, lineNumber, m)));
            TextRules.forbiddenPhrase(line).ifPresent(m -> problems.add(new ContentProblem(file, lineNumber, m)));
            Matcher links = KB_LINK.matcher(line);
            while (links.find()) {
                String target = links.group(1);
                if (!publishedIds.contains(target)) {
                    problems.add(new ContentProblem(file, lineNumber,
                            "link kb:" + target + " does not lead to a published article"));
                } else if (target.equals(article.id())) {
                    problems.add(new ContentProblem(file, lineNumber, "article links to itself"));
                }
            }
            if (line.contains("(kb:") && !KB_LINK.matcher(line).find()) {
                problems.add(new ContentProblem(file, lineNumber, "internal links are written [text](kb:article-id)"));
            }
        }
    }

    private List<ContentProblem> templateRules(String file, ResponseTemplate template, SourceLines lines,
                                               int personaMaxReplyChars) {
        List<ContentProblem> problems = new ArrayList<>();
        TemplateKey key = template.key();
        if (file.startsWith(TEMPLATES_DIR) && !file.equals(TEMPLATES_DIR + key.id() + ".md")) {
            problems.add(new ContentProblem(file, lines.field("id"),
                    "id '" + key.id() + "' must match the file name " + TEMPLATES_DIR + key.id() + ".md"));
        }
        checkLine(file, lines.field("description"), template.description(), problems, false);
        if (template.revision() < 1) {
            problems.add(new ContentProblem(file, lines.field("revision"), "revision starts at 1"));
        }
        TemplateAudience audience = key.audience();
        int count = template.variants().size();
        if (count < audience.minVariants() || count > audience.maxVariants()) {
            problems.add(new ContentProblem(file, lines.bodyLine(0), audience.name().toLowerCase(Locale.ROOT)
                    + " templates need " + (audience.minVariants() == audience.maxVariants()
                    ? "exactly " + audience.minVariants()
                    : audience.minVariants() + "–" + audience.maxVariants()) + " variant(s), found " + count));
        }
        int maxChars = audience.maxChars(personaMaxReplyChars);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String variant = template.variants().get(i);
            int line = lines.item(TemplateParser.VARIANTS, i);
            if (!seen.add(variant)) {
                problems.add(new ContentProblem(file, line, "variant repeats an earlier one"));
            }
            if (variant.length() > maxChars) {
                problems.add(new ContentProblem(file, line, "variant has " + variant.length()
                        + " characters, at most " + maxChars + " allowed"));
            }
            if (!Placeholders.bracesWellFormed(variant)) {
                problems.add(new ContentProblem(file, line, "braces must only surround placeholder names, e.g. {orderNumber}"));
            }
            Set<String> used = Placeholders.namesIn(variant);
            Set<String> undeclared = new TreeSet<>(used);
            undeclared.removeAll(key.placeholders());
            if (!undeclared.isEmpty()) {
                problems.add(new ContentProblem(file, line, "uses undeclared placeholder(s) " + undeclared
                        + "; '" + key.id() + "' declares " + new TreeSet<>(key.placeholders())));
            }
            Set<String> unused = new TreeSet<>(key.placeholders());
            unused.removeAll(used);
            if (!unused.isEmpty()) {
                problems.add(new ContentProblem(file, line, "leaves out placeholder(s) " + unused
                        + ": every variant must say everything the code hands over"));
            }
            checkLine(file, line, variant, problems, true);
        }
        return problems;
    }

    private void checkIntentCoverage(Collection<Article> articles, List<ContentProblem> problems) {
        Set<String> covered = articles.stream().filter(Article::isPublished).flatMap(a -> a.intents().stream())
                .collect(Collectors.toSet());
        for (String intent : IntentCoverage.informationIntents()) {
            if (!covered.contains(intent)) {
                problems.add(new ContentProblem(ARTICLES_DIR, 0, "intent '" + intent
                        + "' is answered by information but no published article lists it"));
            }
        }
    }

    private List<ContentProblem> retrievalQuestionRules(String text, Collection<Article> articles) {
        ParseResult<List<RetrievalQuestion>> parsed = RetrievalQuestions.read(RetrievalQuestions.FILE, text);
        if (parsed.value().isEmpty()) {
            return parsed.problems();
        }
        Map<Set<String>, String> articleWording = new HashMap<>();
        for (Article article : articles) {
            articleWording.put(words(article.title()), article.id());
            article.questions().forEach(q -> articleWording.put(words(q), article.id()));
        }
        Set<String> publishedIds = articles.stream().filter(Article::isPublished).map(Article::id)
                .collect(Collectors.toSet());
        List<Integer> lines = RetrievalQuestions.dataLines(text);
        List<ContentProblem> problems = new ArrayList<>();
        List<RetrievalQuestion> questions = parsed.value().get();
        for (int i = 0; i < questions.size(); i++) {
            RetrievalQuestion question = questions.get(i);
            int line = lines.get(i);
            if (!publishedIds.contains(question.expectedArticleId())) {
                problems.add(new ContentProblem(RetrievalQuestions.FILE, line,
                        "expected article '" + question.expectedArticleId() + "' is not a published article"));
            }
            Set<String> questionWords = words(question.question());
            String copiedFrom = articleWording.entrySet().stream()
                    .filter(e -> overlap(e.getKey(), questionWords) >= MAX_WORD_OVERLAP_WITH_ARTICLE)
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (copiedFrom != null) {
                problems.add(new ContentProblem(RetrievalQuestions.FILE, line,
                        "is worded too much like the title or a question of article '" + copiedFrom
                                + "'; phrase it differently"));
            }
        }
        return problems;
    }

    private void checkIndex(ContentFiles files, List<ContentProblem> problems) {
        Set<String> listed = new TreeSet<>(files.index());
        Set<String> present = new TreeSet<>(files.byPath().keySet());
        Set<String> unlisted = new TreeSet<>(present);
        unlisted.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(present);
        for (String path : unlisted) {
            problems.add(new ContentProblem(ContentFiles.INDEX, 0, "does not list '" + path
                    + "' (the file would be missing when loading from a jar)"));
        }
        for (String path : gone) {
            problems.add(new ContentProblem(ContentFiles.INDEX, files.index().indexOf(path) + 1,
                    "lists '" + path + "', which does not exist"));
        }
        if (files.index().size() != listed.size()) {
            problems.add(new ContentProblem(ContentFiles.INDEX, 0, "lists a file twice"));
        }
    }

    private static void checkUnexpectedFiles(ContentFiles files, Persona persona, List<ContentProblem> problems) {
        for (String path : files.byPath().keySet()) {
            boolean known = path.equals(PERSONA_FILE) || path.equals(SYNONYMS_FILE)
                    || path.equals(RetrievalQuestions.FILE) || isArticle(path) || isTemplate(path)
                    || (persona != null && (ContentFiles.CLASSPATH_ROOT + path).equals(persona.avatar()))
                    || isAvatarFile(path);
            if (!known) {
                problems.add(new ContentProblem(path, 0, "is not a knowledge base file type (articles/*.md, "
                        + "templates/*.md, persona.md, its avatar, synonyms.txt, " + RetrievalQuestions.FILE + ")"));
            }
        }
    }

    private static void checkLine(String file, int line, String text, List<ContentProblem> problems, boolean tone) {
        TextRules.unfinished(text).ifPresent(m -> problems.add(new ContentProblem(file, line, m)));
        if (tone) {
            TextRules.forbiddenPhrase(text).ifPresent(m -> problems.add(new ContentProblem(file, line, m)));
        }
    }

    private static void textProblems(String file, String body, SourceLines lines, List<ContentProblem> problems,
                                     boolean tone) {
        String[] bodyLines = body.split("\n", -1);
        for (int i = 0; i < bodyLines.length; i++) {
            checkLine(file, lines.bodyLine(i), bodyLines[i], problems, tone);
        }
    }

    private static int firstNonBlankLine(String body) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return 0;
    }

    /** The avatars editors may choose from: image files at the top of the kb folder, e.g. avatar.svg. */
    public static boolean isAvatarFile(String path) {
        return path.indexOf('/') < 0 && IMAGE_FILE.matcher(path).matches();
    }

    static boolean isArticle(String path) {
        return path.startsWith(ARTICLES_DIR) && path.endsWith(".md") && path.indexOf('/', ARTICLES_DIR.length()) < 0;
    }

    static boolean isTemplate(String path) {
        return path.startsWith(TEMPLATES_DIR) && path.endsWith(".md") && path.indexOf('/', TEMPLATES_DIR.length()) < 0;
    }

    private static Set<String> words(String text) {
        return java.util.Arrays.stream(normalised(text).split(" ")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    /** Jaccard overlap of two word sets (counted without copying: it runs for every question × article wording). */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 1.0 : (double) common / union;
    }

    /** Lower case letters and digits only, single spaces: "What's my order?" and "whats my order" are the same. */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9£]+", " ").strip();
    }
}
