package org.shopchat.bot.knowledge;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lucene index of published articles. It lives in memory (ByteBuffersDirectory): the database is the source
 * of truth, the index of a few hundred articles is rebuilt from it in well under a second at start-up, and an
 * in-memory index can never be stale after a crash or disagree with the database, nor fight another instance over
 * a write lock in ./data. Writes go through one IndexWriter; searches use the SearcherManager's current searcher,
 * refreshed after every change.
 *
 * <p>Customer text is never parsed as query syntax: {@link FieldQueries} analyses it and builds term queries from
 * the resulting tokens (synonym graphs included), so "*", "AND" or quotes are just words or nothing.
 *
 * <p>With sentence embeddings (hybrid search) an article's score is its BM25 score plus
 * {@code semanticWeight × max(0, cosine − semanticFloor)}, times the intent boost when it answers a hinted intent.
 * Adding rather than fusing ranks keeps one score for the "not found" threshold: a question that shares no word with
 * any article scores only what its meaning earns, and out-of-scope questions stay below the floor.
 */
final class ArticleIndex implements AutoCloseable {

    static final String ID = "id";
    static final String REVISION = "revision";
    static final String TITLE = "title";
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    static final String INTENT = "intent";
    /** The first intent an article lists: the one it is the main answer for. */
    static final String MAIN_INTENT = "main_intent";
    static final String SHORT_ANSWER = "short_answer";

    /** Constant scores tie often; the id makes the order the same on every instance and after every rebuild. */
    private static final Sort MAIN_ANSWERS_FIRST = new Sort(SortField.FIELD_SCORE,
            new SortField(ID, SortField.Type.STRING));

    private final SearchAnalysis analysis;
    private final SearchTuning tuning;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FieldQueries queries;
    /** The fields customer text is searched in, with their weights. */
    private final Map<String, Float> fieldBoosts;
    /** Null when the search is BM25 only. */
    private final ArticleVectors vectors;

    ArticleIndex(SearchAnalysis analysis, SearchTuning tuning) {
        this(analysis, tuning, null);
    }

    /** @param embeddings null for BM25 only */
    ArticleIndex(SearchAnalysis analysis, SearchTuning tuning, SentenceEmbeddings embeddings) {
        this.analysis = analysis;
        this.tuning = tuning;
        this.vectors = embeddings == null ? null : new ArticleVectors(embeddings);
        BM25Similarity similarity = new BM25Similarity(tuning.bm25K1(), tuning.bm25B());
        try {
            // Each file as one buffer: every term lookup of a search slices its file, and with the default of many
            // 1 KB blocks each slice copied the descriptor of every block it spans (a tenth of a turn's allocation).
            ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            this.writer = new IndexWriter(directory,
                    new IndexWriterConfig(analysis.indexing()).setSimilarity(similarity));
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                 org.apache.lucene.index.IndexReader previousReader) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(similarity);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory article index", e);
        }
        this.queries = new FieldQueries(analysis.querying());
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(TITLE, tuning.titleBoost());
        boosts.put(QUESTIONS, tuning.questionsBoost());
        boosts.put(BODY, tuning.bodyBoost());
        this.fieldBoosts = Collections.unmodifiableMap(boosts);
    }

    /** Replaces the whole index, e.g. at start-up; searches see the old content until the new one is complete. */
    synchronized void replaceAll(Collection<IndexedArticle> articles) {
        try {
            writer.deleteAll();
            for (IndexedArticle article : articles) {
                writer.addDocument(document(article));
            }
            if (vectors != null) {
                vectors.replaceAll(articles);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the article index", e);
        }
    }

    /** Adds the article or replaces the revision indexed so far; visible to the next search. */
    synchronized void put(IndexedArticle article) {
        try {
            writer.updateDocument(new Term(ID, article.id()), document(article));
            if (vectors != null) {
                vectors.put(article);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
    }

    synchronized void remove(String articleId) {
        try {
            writer.deleteDocuments(new Term(ID, articleId));
            if (vectors != null) {
                vectors.remove(articleId);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove article " + articleId + " from the index", e);
        }
    }

    /**
     * The best matching articles, best first. When the text has no searchable word but intents are hinted, the
     * articles answering those intents, main answers first, with score 0: they were not matched on any word.
     */
    List<ArticleHit> search(String text, Collection<String> intentHints, int max) {
        if (max < 1) {
            return List.of();
        }
        if (vectors != null) {
            Query words = query(text, List.of());
            if (words != null) {
                return hybrid(text, words, intentHints, max);
            }
        }
        Query query = query(text, intentHints);
        if (query != null) {
            return search(query, max, false);
        }
        return intentHints.isEmpty() ? List.of() : search(articlesFor(intentHints), max, true);
    }

    boolean hybrid() {
        return vectors != null;
    }

    private List<ArticleHit> hybrid(String text, Query words, Collection<String> intentHints, int max) {
        Map<String, Double> bm25 = new HashMap<>();
        // Every matching article, not just the best few: the meaning may lift one that matched few words.
        search(words, Math.max(1, size()), false).forEach(hit -> bm25.put(hit.articleId(), hit.score()));
        float[] question = vectors.embed(text);
        List<ArticleHit> hits = new ArrayList<>();
        for (ArticleVectors.Similarity similarity : vectors.similarities(question)) {
            IndexedArticle article = similarity.article();
            double semantic = tuning.semanticWeight() * Math.max(0f, similarity.cosine() - tuning.semanticFloor());
            double score = bm25.getOrDefault(article.id(), 0.0) + semantic;
            if (article.intents().stream().anyMatch(intentHints::contains)) {
                score *= tuning.intentBoost();
            }
            if (score > 0) {
                hits.add(new ArticleHit(article.id(), article.revision(), article.title(), article.shortAnswer(),
                        KnowledgeBase.articleUrl(article.id()), score));
            }
        }
        hits.sort(Comparator.comparingDouble(ArticleHit::score).reversed().thenComparing(ArticleHit::articleId));
        return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
    }

    /** The best {@code max} matches of a query built elsewhere, e.g. by a test that compares query constructions. */
    List<ArticleHit> search(Query query, int max) {
        return search(query, max, false);
    }

    private List<ArticleHit> search(Query query, int max, boolean unscored) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] found = unscored
                        ? searcher.search(query, max, MAIN_ANSWERS_FIRST).scoreDocs
                        : searcher.search(query, max).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<ArticleHit> hits = new ArrayList<>(found.length);
                for (ScoreDoc scoreDoc : found) {
                    Document doc = stored.document(scoreDoc.doc);
                    String id = doc.get(ID);
                    hits.add(new ArticleHit(id, doc.getField(REVISION).numericValue().intValue(), doc.get(TITLE),
                            doc.get(SHORT_ANSWER), KnowledgeBase.articleUrl(id), unscored ? 0.0 : scoreDoc.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("article search failed", e);
        }
    }

    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when nothing searchable is left after analysis (only stop words or punctuation). */
    Query query(String text, Collection<String> intentHints) {
        Query textQuery = queries.anyField(text, fieldBoosts);
        if (textQuery == null) {
            return null;
        }
        if (intentHints.isEmpty() || tuning.intentBoost() == 1f) {
            return textQuery;
        }
        BooleanQuery.Builder intents = new BooleanQuery.Builder();
        intentHints.forEach(intent -> intents.add(new TermQuery(new Term(INTENT, intent)), BooleanClause.Occur.SHOULD));
        // Multiplying keeps the hint from making an article match on its own: it reorders text matches only.
        return FunctionScoreQuery.boostByQuery(textQuery, intents.build(), tuning.intentBoost());
    }

    private static Query articlesFor(Collection<String> intents) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String intent : intents) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(INTENT, intent))), BooleanClause.Occur.SHOULD);
            query.add(new ConstantScoreQuery(new TermQuery(new Term(MAIN_INTENT, intent))), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Document document(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
        doc.add(new StoredField(REVISION, article.revision()));
        doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        article.questions().forEach(q -> doc.add(new TextField(QUESTIONS, q, Field.Store.NO)));
        doc.add(new TextField(BODY, article.body(), Field.Store.NO));
        article.intents().forEach(intent -> doc.add(new StringField(INTENT, intent, Field.Store.NO)));
        if (!article.intents().isEmpty()) {
            doc.add(new StringField(MAIN_INTENT, article.intents().get(0), Field.Store.NO));
        }
        doc.add(new StoredField(SHORT_ANSWER, article.shortAnswer()));
        return doc;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
