package org.shopchat.bot.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The English analysis of articles and customer questions, built once and shared (analyzers are thread-safe).
 * Synonyms are applied only at query time: the index stays independent of the synonym list, so editing the list
 * needs no re-index, and SynonymGraphFilter's multi-word graphs are only correct at query time anyway.
 * Synonym rules are matched on lower-cased, unstemmed words, as they are written in synonyms.txt.
 */
final class SearchAnalysis implements AutoCloseable {

    /**
     * Words that say nothing about which article fits. Lucene's English list plus the pronouns and question words
     * customers open with ("how do I", "can you"), which every article's alternative questions also contain.
     * "not" and "no" stay: synonyms like "not arrived" need them and they are removed after the synonym step.
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to",
            "was", "will", "with", "i", "i'm", "me", "my", "mine", "you", "your", "we", "our", "us", "it's", "its",
            "do", "does", "did", "can", "could", "would", "should", "shall", "may", "might", "am", "been", "being",
            "have", "has", "had", "how", "what", "what's", "which", "who", "whom", "why", "where", "please", "hi",
            "hello", "hey", "thanks", "thank", "so", "just", "any", "some", "about", "from", "there's", "im", "u",
            "get", "want", "need", "know", "tell", "help"), false);

    /** Long messages are cut so that a pasted e-mail cannot build a query with thousands of clauses. */
    static final int MAX_QUERY_TOKENS = 48;

    private final Analyzer indexing;
    private final Analyzer querying;

    SearchAnalysis(List<String> synonymRules) {
        this.indexing = new EnglishAnalyzer(null, Integer.MAX_VALUE);
        this.querying = new EnglishAnalyzer(synonyms(synonymRules), MAX_QUERY_TOKENS);
    }

    Analyzer indexing() {
        return indexing;
    }

    Analyzer querying() {
        return querying;
    }

    @Override
    public void close() {
        indexing.close();
        querying.close();
    }

    /**
     * "e-mail", "e-gift card", "t-shirt": a one-letter prefix is joined to its word, otherwise the tokenizer makes
     * "mail" a word of every e-mail article and "Royal Mail" finds them.
     */
    private static Reader joinedPrefixes(Reader reader) {
        return new PatternReplaceCharFilter(ONE_LETTER_PREFIX, "$1$2", reader);
    }

    private static final Pattern ONE_LETTER_PREFIX = Pattern.compile("\\b([A-Za-z])-([A-Za-z])");

    private static SynonymMap synonyms(List<String> rules) {
        // The rule terms go through the same steps the query text has when it reaches the synonym filter.
        try (Analyzer ruleTerms = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return joinedPrefixes(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            }
        }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleTerms);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonym rules cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class EnglishAnalyzer extends Analyzer {

        private final SynonymMap synonyms;
        private final int maxTokens;

        EnglishAnalyzer(SynonymMap synonyms, int maxTokens) {
            this.synonyms = synonyms;
            this.maxTokens = maxTokens;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return joinedPrefixes(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
            if (maxTokens < Integer.MAX_VALUE) {
                stream = new LimitTokenCountFilter(stream, maxTokens);
            }
            if (synonyms != null && synonyms.fst != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
