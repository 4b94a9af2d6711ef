package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.IntentName;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.ScoredIntent;
import org.shopchat.intents.datasets.Clinc150;
import org.shopchat.kb.Article;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.RetrievalQuestion;
import org.shopchat.kb.RetrievalQuestions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval quality of the shipped knowledge base with the bot's default search settings, on the retrieval test
 * set written for it (kb-content eval/retrieval-questions.tsv). Prints the figures kb-content/README.md reports:
 *
 * <pre>./mvnw -q -pl bot -am test -Dtest=KnowledgeRetrievalEvalTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The test set is held out. Synonyms, the e-mail/t-shirt joining and the threshold were chosen on the "dev" figure,
 * leave-one-out over the articles' own alternative questions (each searched with itself removed from its article),
 * and on CLINC150 oos_val for the threshold. The dev set under-rates the questions field (a question's siblings are
 * its closest matches and one is always missing), so field boosts tuned on it made the test figures worse; the
 * boosts are the a-priori ones (title 2, questions 2, body 1). Floors sit just under the measured figures, so a
 * change that makes answers worse fails the build.
 */
class KnowledgeRetrievalEvalTest {

    // Measured 0.650 / 0.842 / 0.748 with 116 articles and 380 questions; targets are 0.85 / 0.95 (not reached).
    static final double HIT_AT_1_FLOOR = 0.63;
    static final double HIT_AT_3_FLOOR = 0.82;
    static final double MRR_AT_5_FLOOR = 0.73;

    private static final int RANKED = 5;

    private static KnowledgeContent content;
    private static SearchAnalysis analysis;
    private static ArticleIndex index;
    private static KnowledgeProperties settings;

    @BeforeAll
    static void indexShippedArticles() {
        content = KnowledgeContent.loadFromClasspath();
        settings = KnowledgeProperties.defaults();
        analysis = new SearchAnalysis(content.synonymRules());
        index = new ArticleIndex(analysis, settings.tuning());
        index.replaceAll(content.publishedArticles().stream().map(IndexedArticle::of).toList());
    }

    @AfterAll
    static void close() {
        index.close();
        analysis.close();
    }

    @Test
    void shippedArticlesAnswerTheRetrievalQuestions() {
        List<RetrievalQuestion> questions = RetrievalQuestions.loadFromClasspath();
        RetrievalScores plain = score(questions, q -> List.of());
        RetrievalScores dev = leaveOneOutOverArticleQuestions();

        StringBuilder report = new StringBuilder("\n=== Knowledge retrieval evaluation ===\n");
        report.append("articles indexed: ").append(index.size()).append(", test questions: ").append(questions.size())
                .append('\n');
        report.append("test, no intent hint:      ").append(plain.summary()).append('\n');
        hinted(questions).ifPresent(line -> report.append(line).append('\n'));
        report.append("dev (leave-one-out over article questions): ").append(dev.summary()).append('\n');
        report.append("threshold min-score=%.2f: test answered %.3f (right %.3f), dev answered %.3f%n".formatted(
                settings.minScore(), plain.answeredAt(settings.minScore()), plain.answeredRightAt(settings.minScore()),
                dev.answeredAt(settings.minScore())));
        outOfScope().ifPresent(line -> report.append(line).append('\n'));
        report.append(latency(questions)).append('\n');
        report.append("misses on the test set (expected -> got):\n");
        plain.misses().forEach(m -> report.append("  %-60s %s -> %s%n".formatted(
                m.question(), m.expected(), m.ranked().isEmpty() ? "(nothing)" : m.ranked().subList(0,
                        Math.min(3, m.ranked().size())))));
        System.out.println(report);

        assertThat(questions).isNotEmpty();
        assertThat(plain.hitAt(1)).as("hit@1").isGreaterThanOrEqualTo(HIT_AT_1_FLOOR);
        assertThat(plain.hitAt(3)).as("hit@3").isGreaterThanOrEqualTo(HIT_AT_3_FLOOR);
        assertThat(plain.mrrAt(5)).as("MRR@5").isGreaterThanOrEqualTo(MRR_AT_5_FLOOR);
    }

    private static RetrievalScores score(List<RetrievalQuestion> questions, Function<String, List<String>> hints) {
        RetrievalScores scores = new RetrievalScores();
        for (RetrievalQuestion q : questions) {
            scores.add(outcome(q.question(), q.expectedArticleId(), hints.apply(q.question())));
        }
        return scores;
    }

    private static RetrievalScores.Outcome outcome(String question, String expected, List<String> hints) {
        List<ArticleHit> hits = index.search(question, hints, RANKED);
        return new RetrievalScores.Outcome(question, expected, hits.stream().map(ArticleHit::articleId).toList(),
                hits.isEmpty() ? 0.0 : hits.get(0).score());
    }

    /** The shipped intent classifier's decision as the hint, as the dialogue policy passes it. */
    private static java.util.Optional<String> hinted(List<RetrievalQuestion> questions) {
        Nlu nlu;
        try {
            nlu = Nlu.loadDefault();
        } catch (RuntimeException | LinkageError e) {
            return java.util.Optional.of("test, classifier hint: not measured, the intent model did not load ("
                    + e.getMessage() + ")");
        }
        RetrievalScores hinted = score(questions, q -> {
            ScoredIntent decision = nlu.understand(q).classification().decision();
            return decision.intent().isOutOfScope() ? List.of() : List.of(decision.intent().value());
        });
        return java.util.Optional.of("test, classifier top intent as hint (boost x" + settings.intentBoost() + "): "
                + hinted.summary());
    }

    /** Each alternative question of each article, searched while its article is indexed without it. */
    private static RetrievalScores leaveOneOutOverArticleQuestions() {
        RetrievalScores scores = new RetrievalScores();
        for (Article article : content.publishedArticles()) {
            for (String question : article.questions()) {
                List<String> others = new ArrayList<>(article.questions());
                others.remove(question);
                index.put(IndexedArticle.of(new Article(article.id(), article.title(), article.intents(), others,
                        article.tags(), article.revision(), article.status(), article.body())));
                scores.add(outcome(question, article.id(), List.of()));
            }
            index.put(IndexedArticle.of(article));
        }
        return scores;
    }

    /** How often the bot would answer questions that are not about the shop at all (CLINC150 out-of-scope). */
    private static java.util.Optional<String> outOfScope() {
        Path clinc = Path.of(System.getProperty("datasets.dir", "../shared/datasets"), "clinc150", "data_full.json");
        if (!Files.exists(clinc)) {
            return java.util.Optional.of("out-of-scope false answers: not measured, " + clinc + " is missing");
        }
        StringBuilder line = new StringBuilder("CLINC150 out-of-scope questions answered anyway (lower is better):");
        for (String split : List.of("oos_val", "oos_test")) {
            List<LabeledUtterance> utterances = Clinc150.read(clinc, List.of(split));
            long answered = utterances.stream().map(LabeledUtterance::text)
                    .map(text -> index.search(text, List.of(), 1))
                    .filter(hits -> !hits.isEmpty() && hits.get(0).score() >= settings.minScore()).count();
            line.append(" %s %.3f (n=%d)".formatted(split, answered / (double) utterances.size(), utterances.size()));
        }
        return java.util.Optional.of(line.toString());
    }

    /** Wall-clock time of one search as the bot runs it, after a warm-up; printed only, never asserted. */
    private static String latency(List<RetrievalQuestion> questions) {
        int rounds = 5;
        for (RetrievalQuestion q : questions) {
            index.search(q.question(), List.of(), RANKED);
        }
        long[] nanos = new long[questions.size() * rounds];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (RetrievalQuestion q : questions) {
                long start = System.nanoTime();
                index.search(q.question(), List.of(IntentName.OUT_OF_SCOPE_NAME), RANKED);
                nanos[i++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return "search latency over %d searches: p50 %.3f ms, p99 %.3f ms, max %.3f ms".formatted(nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }
}
