package org.shopchat.bot.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Customer text as one query over several fields: {@link QueryBuilder#createBooleanQuery(String, String)} per field,
 * boosted, any field may match. The text is analysed once and its tokens are replayed for each field. That is the
 * same query as analysing it per field, because the query analysis does not depend on the field name; the
 * tokenizer, synonym graph and stemmer then run once instead of once per field.
 */
final class FieldQueries {

    private final Analyzer analyzer;
    private final Builder builder;

    FieldQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new Builder(analyzer);
    }

    /**
     * @param boosts the fields to search and the weight of each, in clause order
     * @return null when nothing searchable is left after analysis (only stop words or punctuation)
     */
    Query anyField(String text, Map<String, Float> boosts) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = false;
        try (TokenStream analysed = analyzer.tokenStream(boosts.keySet().iterator().next(), text);
             CachingTokenFilter tokens = new CachingTokenFilter(analysed)) {
            for (Map.Entry<String, Float> field : boosts.entrySet()) {
                Query query = builder.fieldQuery(field.getKey(), tokens);
                if (query != null) {
                    fields.add(new BoostQuery(query, field.getValue()), BooleanClause.Occur.SHOULD);
                    any = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the search text", e);
        }
        return any ? fields.build() : null;
    }

    private static final class Builder extends QueryBuilder {

        Builder(Analyzer analyzer) {
            super(analyzer);
        }

        /** What {@code createBooleanQuery(field, text, SHOULD)} builds, from the cached tokens of the text. */
        Query fieldQuery(String field, CachingTokenFilter tokens) {
            return createFieldQuery(new Replay(tokens), BooleanClause.Occur.SHOULD, field, false, 0);
        }
    }

    /**
     * The cached tokens once more from the start (a cache that has been read replays on reset). QueryBuilder closes
     * the stream it is given after each field; the analysed stream is closed once, by {@link #anyField}.
     */
    private static final class Replay extends TokenFilter {

        Replay(CachingTokenFilter tokens) {
            super(tokens);
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }

        @Override
        public void close() {
        }
    }
}
