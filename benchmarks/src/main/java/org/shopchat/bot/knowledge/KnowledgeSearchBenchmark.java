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
        SearchAnalysis analysis;
        ArticleIndex index;
        String[] questions;
        List<String>[] hints;

        @Setup
        @SuppressWarnings("unchecked")
        public void build() {
            KnowledgeContent content = KnowledgeContent.loadFromClasspath();
            analysis = new SearchAnalysis(content.synonymRules());
            index = new ArticleIndex(analysis, KnowledgeProperties.defaults().tuning());
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

        int advance(int length) {
            int current = next;
            next = next + 1 == length ? 0 : next + 1;
            return current;
        }
    }

    @Benchmark
    public List<ArticleHit> searchWithoutHints(Index index, Cursor cursor) {
        int i = cursor.advance(index.questions.length);
        return index.index.search(index.questions[i], List.of(), 3);
    }

    @Benchmark
    public List<ArticleHit> searchWithIntentHints(Index index, Cursor cursor) {
        int i = cursor.advance(index.questions.length);
        return index.index.search(index.questions[i], index.hints[i], 3);
    }
}
