package org.shopchat.bot.knowledge;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.RetrievalQuestions;

/**
 * The bot's own article search (ArticleIndex with the bot's analysis, synonyms and default tuning) outside Spring:
 * the published articles of kb-content indexed as the bot indexes them at start-up, searched with the 380
 * customer questions of kb-content's retrieval test set, without intent hints (the harder, slower case) and with
 * the expected article's intents as hints (what the dialogue policy passes after classification).
 *
 * <p>{@code search=bm25} is word matching only; {@code search=hybrid} adds the all-MiniLM-L6-v2 sentence vectors
 * (the bot's default). The hybrid search caches the vectors of recent texts, so each round over the questions adds a
 * different number of trailing spaces (ignored by both analyses, not by the cache): every search pays for embedding
 * the question, as a customer's new question does.
 *
 * <p>It lives in the bot's package because the index classes are package-private there; the database that feeds
 * them in the bot is left out, which is what a search costs per turn (the index is in memory).
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KnowledgeSearchBenchmark {

    @State(Scope.Benchmark)
    public static class Index {
        @Param({"bm25", "hybrid"})
        String search;

        SearchAnalysis analysis;
        ArticleIndex index;
        String[] questions;
        List<String>[] hints;

        @Setup
        @SuppressWarnings("unchecked")
        public void build() {
            KnowledgeContent content = KnowledgeContent.loadFromClasspath();
            analysis = new SearchAnalysis(content.synonymRules());
            index = new ArticleIndex(analysis, KnowledgeProperties.defaults().tuning(),
                    "hybrid".equals(search) ? MiniLmSentenceEmbeddings.shared() : null);
            index.replaceAll(content.publishedArticles().stream().map(IndexedArticle::of).toList());
            var retrieval = RetrievalQuestions.loadFromClasspath();
            questions = retrieval.stream().map(q -> q.question()).toArray(String[]::new);
            hints = retrieval.stream()
                    .map(q -> content.article(q.expectedArticleId()).map(a -> a.intents()).orElse(List.of()))
                    .toArray(List[]::new);
            if (index.size() == 0 || questions.length == 0) {
                throw new IllegalStateException("kb-content has no published articles or no retrieval questions");
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            index.close();
            analysis.close();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
        int round;

        int advance(int length) {
            int current = next;
            if (next + 1 == length) {
                next = 0;
                round = (round + 1) % 1000;
            } else {
                next++;
            }
            return current;
        }

        String text(String question) {
            return question + " ".repeat(round + 1);
        }
    }

    @Benchmark
    public List<ArticleHit> searchWithoutHints(Index index, Cursor cursor) {
        int i = cursor.advance(index.questions.length);
        return index.index.search(cursor.text(index.questions[i]), List.of(), 3);
    }

    @Benchmark
    public List<ArticleHit> searchWithIntentHints(Index index, Cursor cursor) {
        int i = cursor.advance(index.questions.length);
        return index.index.search(cursor.text(index.questions[i]), index.hints[i], 3);
    }
}
