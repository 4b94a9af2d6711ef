package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.ScoredIntent;
import org.shopchat.intents.datasets.Clinc150;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.RetrievalQuestion;
import org.shopchat.kb.RetrievalQuestions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval quality of the shipped knowledge base with the bot's default search settings, on the retrieval questions
 * written for it (kb-content eval/retrieval-questions.tsv), BM25 only and hybrid (BM25 + sentence vectors). Prints
 * the figures kb-content/README.md reports:
 *
 * <pre>./mvnw -q -pl bot -am test -Dtest=KnowledgeRetrievalEvalTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The questions are split once into dev and test ({@link RetrievalSplit}). The semantic weight, floor and hybrid
 * threshold were chosen on dev and CLINC150 oos_val; test is reported only. Floors sit just under the measured test
 * figures of the default (hybrid) search, so a change that makes answers worse fails the build.
 */
class KnowledgeRetrievalEvalTest {

    // Hybrid on the test split (207 questions), 116 articles: measured 0.860 / 0.957 / 0.910 (targets 0.85 / 0.95).
    static final double HIT_AT_1_FLOOR = 0.84;
    static final double HIT_AT_3_FLOOR = 0.94;
    static final double MRR_AT_5_FLOOR = 0.89;

    private static final int RANKED = 5;

    private static SearchAnalysis analysis;
    private static ArticleIndex bm25;
    private static ArticleIndex hybrid;
    private static KnowledgeProperties settings;

    @BeforeAll
    static void indexShippedArticles() {
        KnowledgeContent content = KnowledgeContent.loadFromClasspath();
        settings = KnowledgeProperties.defaults();
        analysis = new SearchAnalysis(content.synonymRules());
        List<IndexedArticle> published = content.publishedArticles().stream().map(IndexedArticle::of).toList();
        bm25 = new ArticleIndex(analysis, settings.tuning());
        bm25.replaceAll(published);
        hybrid = new ArticleIndex(analysis, settings.tuning(), MiniLmSentenceEmbeddings.shared());
        hybrid.replaceAll(published);
    }

    @AfterAll
    static void close() {
        bm25.close();
        hybrid.close();
        analysis.close();
    }

    @Test
    void shippedArticlesAnswerTheRetrievalQuestions() {
        List<RetrievalQuestion> all = RetrievalQuestions.loadFromClasspath();
        List<RetrievalQuestion> dev = RetrievalSplit.DEV.of(all);
        List<RetrievalQuestion> test = RetrievalSplit.TEST.of(all);
        RetrievalScores hybridTest = score(hybrid, test, q -> List.of());

        StringBuilder report = new StringBuilder("\n=== Knowledge retrieval evaluation ===\n");
        report.append("articles indexed: %d, questions: %d (dev %d, test %d)%n".formatted(hybrid.size(), all.size(),
                dev.size(), test.size()));
        for (var mode : List.of(new Mode("BM25  ", bm25, settings.minScore()),
                new Mode("hybrid", hybrid, settings.hybridMinScore()))) {
            RetrievalScores onDev = score(mode.index(), dev, q -> List.of());
            RetrievalScores onTest = mode.index() == hybrid ? hybridTest : score(mode.index(), test, q -> List.of());
            RetrievalScores onAll = score(mode.index(), all, q -> List.of());
            report.append("%s dev:  %s%n%s test: %s%n%s all:  %s%n".formatted(mode.name(), onDev.summary(),
                    mode.name(), onTest.summary(), mode.name(), onAll.summary()));
            report.append("%s threshold %.2f: test answered %.3f (right at rank 1 %.3f), dev answered %.3f%n"
                    .formatted(mode.name(), mode.threshold(), onTest.answeredAt(mode.threshold()),
                            onTest.answeredRightAt(mode.threshold()), onDev.answeredAt(mode.threshold())));
            report.append(mode.name()).append(' ').append(outOfScope(mode)).append('\n');
        }
        hinted(test).ifPresent(line -> report.append(line).append('\n'));
        report.append("BM25   ").append(latency(bm25, all)).append('\n');
        report.append("hybrid ").append(latency(hybrid, all)).append('\n');
        report.append("hybrid misses on the test split (expected -> got):\n");
        hybridTest.misses().forEach(m -> report.append("  %-60s %s -> %s%n".formatted(
                m.question(), m.expected(), m.ranked().isEmpty() ? "(nothing)" : m.ranked().subList(0,
                        Math.min(3, m.ranked().size())))));
        System.out.println(report);

        assertThat(test).isNotEmpty();
        assertThat(hybridTest.hitAt(1)).as("hit@1").isGreaterThanOrEqualTo(HIT_AT_1_FLOOR);
        assertThat(hybridTest.hitAt(3)).as("hit@3").isGreaterThanOrEqualTo(HIT_AT_3_FLOOR);
        assertThat(hybridTest.mrrAt(5)).as("MRR@5").isGreaterThanOrEqualTo(MRR_AT_5_FLOOR);
    }

    private record Mode(String name, ArticleIndex index, double threshold) {
    }

    private static RetrievalScores score(ArticleIndex index, List<RetrievalQuestion> questions,
                                         Function<String, List<String>> hints) {
        RetrievalScores scores = new RetrievalScores();
        for (RetrievalQuestion q : questions) {
            List<ArticleHit> hits = index.search(q.question(), hints.apply(q.question()), RANKED);
            scores.add(new RetrievalScores.Outcome(q.question(), q.expectedArticleId(),
                    hits.stream().map(ArticleHit::articleId).toList(), hits.isEmpty() ? 0.0 : hits.get(0).score()));
        }
        return scores;
    }

    /** The shipped intent classifier's decision as the hint, as the dialogue policy passes it. */
    private static Optional<String> hinted(List<RetrievalQuestion> questions) {
        Nlu nlu;
        try {
            nlu = Nlu.loadDefault();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("classifier hint: not measured, the intent model did not load (" + e.getMessage() + ")");
        }
        Function<String, List<String>> decision = q -> {
            ScoredIntent top = nlu.understand(q).classification().decision();
            return top.intent().isOutOfScope() ? List.of() : List.of(top.intent().value());
        };
        return Optional.of("test, classifier top intent as hint (boost x%s): BM25 %s; hybrid %s".formatted(
                settings.intentBoost(), score(bm25, questions, decision).summary(),
                score(hybrid, questions, decision).summary()));
    }

    /** How often the bot would answer questions that are not about the shop at all (CLINC150 out-of-scope). */
    private static String outOfScope(Mode mode) {
        Path clinc = Path.of(System.getProperty("datasets.dir", "../shared/datasets"), "clinc150", "data_full.json");
        if (!Files.exists(clinc)) {
            return "out-of-scope false answers: not measured, " + clinc + " is missing";
        }
        StringBuilder line = new StringBuilder("CLINC150 out-of-scope answered anyway (lower is better):");
        for (String split : List.of("oos_val", "oos_test")) {
            List<LabeledUtterance> utterances = Clinc150.read(clinc, List.of(split));
            long answered = utterances.stream().map(LabeledUtterance::text)
                    .map(text -> mode.index().search(text, List.of(), 1))
                    .filter(hits -> !hits.isEmpty() && hits.get(0).score() >= mode.threshold()).count();
            line.append(" %s %.3f (n=%d)".formatted(split, answered / (double) utterances.size(), utterances.size()));
        }
        return line.toString();
    }

    /**
     * Wall-clock time of one search as the bot runs it, after a warm-up; printed only, never asserted. A timed text
     * differs from its warm-up text by a trailing space, which the search ignores but the sentence vector cache does
     * not: the hybrid figure includes embedding the question. JMH figures: benchmarks/README.md.
     */
    private static String latency(ArticleIndex index, List<RetrievalQuestion> questions) {
        int rounds = 1;
        for (RetrievalQuestion q : questions) {
            index.search(q.question(), List.of(), RANKED);
        }
        long[] nanos = new long[questions.size() * rounds];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (RetrievalQuestion q : questions) {
                long start = System.nanoTime();
                index.search(q.question() + " ".repeat(round + 1), List.of(), RANKED);
                nanos[i++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return "search latency over %d searches: p50 %.3f ms, p99 %.3f ms, max %.3f ms".formatted(nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }
}
