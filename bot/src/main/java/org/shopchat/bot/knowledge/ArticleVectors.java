package org.shopchat.bot.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors of the published articles, one for the title, one per alternative question and one for the short
 * answer: a customer question is as close to an article as to the closest of these. Separate vectors beat one vector
 * of the whole text on the dev split, because a long mixed text blurs the meaning of each of its questions.
 *
 * <p>A few hundred articles are compared one by one: exact, and faster than building a vector index for them.
 */
final class ArticleVectors {

    /** What a semantic-only match needs to show the article, without a trip to the Lucene index. */
    record Entry(IndexedArticle article, List<float[]> vectors) {
    }

    /** An article and its similarity to the question (the best cosine over its vectors). */
    record Similarity(IndexedArticle article, float cosine) {
    }

    private final SentenceEmbeddings embeddings;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    ArticleVectors(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    void replaceAll(Collection<IndexedArticle> articles) {
        Map<String, Entry> fresh = new ConcurrentHashMap<>();
        articles.forEach(article -> fresh.put(article.id(), entry(article)));
        entries.keySet().retainAll(fresh.keySet());
        entries.putAll(fresh);
    }

    void put(IndexedArticle article) {
        entries.put(article.id(), entry(article));
    }

    void remove(String articleId) {
        entries.remove(articleId);
    }

    float[] embed(String text) {
        return embeddings.embed(text);
    }

    List<Similarity> similarities(float[] question) {
        List<Similarity> result = new ArrayList<>(entries.size());
        for (Entry entry : entries.values()) {
            float best = -1f;
            for (float[] vector : entry.vectors()) {
                best = Math.max(best, SentenceEmbeddings.dot(question, vector));
            }
            result.add(new Similarity(entry.article(), best));
        }
        return result;
    }

    private Entry entry(IndexedArticle article) {
        List<float[]> vectors = new ArrayList<>();
        vectors.add(embeddings.embed(article.title()));
        article.questions().forEach(question -> vectors.add(embeddings.embed(question)));
        vectors.add(embeddings.embed(article.shortAnswer()));
        return new Entry(article, List.copyOf(vectors));
    }
}
