package org.shopchat.bot.learning;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.shopchat.console.learning.GapMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups messages that ask about the same thing. Lucene's MoreLikeThis over an in-memory index of the messages finds
 * the candidates for the newest ungrouped message; a candidate joins its group when at least
 * {@link #MIN_SHARED_TERMS} of the content words (stemmed, chat filler removed) of the longer of the two messages
 * are shared. A score relative to the message's own MoreLikeThis score was tried first and split "do you offer gift
 * wrapping?" from "can you gift wrap my order": rare words dominate such scores, while the share of words does not
 * depend on how rare they are.
 */
final class SimilarMessages {

    /** Half the words: "where is my order" stays apart from "can you gift wrap my order". */
    static final double MIN_SHARED_TERMS = 0.5;
    /** Lucene's English stop words and the filler of chat questions, which says nothing about the topic. */
    static final CharArraySet STOP_WORDS = stopWords();
    private static final String TEXT = "text";
    private static final int CANDIDATES = 500;

    private SimilarMessages() {
    }

    /** Groups of the messages (given newest first), each group newest first, groups in order of their newest. */
    static List<List<GapMessage>> group(List<GapMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        try (EnglishAnalyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
             ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            List<Set<String>> terms = new ArrayList<>();
            for (GapMessage message : messages) {
                terms.add(terms(analyzer, message.text()));
            }
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < messages.size(); i++) {
                    Document document = new Document();
                    document.add(new TextField(TEXT, messages.get(i).text(), Field.Store.YES));
                    document.add(new StoredField("position", i));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MoreLikeThis similar = new MoreLikeThis(reader);
                similar.setAnalyzer(analyzer);
                similar.setFieldNames(new String[] {TEXT});
                similar.setMinTermFreq(1);
                similar.setMinDocFreq(1);
                similar.setMinWordLen(2);
                similar.setBoost(false);
                // The writer adds documents in order on one thread, so document ids follow the list's positions.
                boolean[] grouped = new boolean[messages.size()];
                List<List<GapMessage>> groups = new ArrayList<>();
                for (int start = 0; start < messages.size(); start++) {
                    if (grouped[start]) {
                        continue;
                    }
                    grouped[start] = true;
                    List<GapMessage> group = new ArrayList<>();
                    group.add(messages.get(start));
                    Query query = similar.like(start);
                    ScoreDoc[] hits = searcher.search(query, CANDIDATES).scoreDocs;
                    for (ScoreDoc hit : hits) {
                        if (!grouped[hit.doc] && shared(terms.get(start), terms.get(hit.doc)) >= MIN_SHARED_TERMS) {
                            grouped[hit.doc] = true;
                            group.add(messages.get(hit.doc));
                        }
                    }
                    group.sort((a, b) -> b.sentAt().compareTo(a.sentAt()));
                    groups.add(group);
                }
                return groups;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** Shared words as a share of the longer message's words; 0 when either has none. */
    static double shared(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.max(a.size(), b.size());
    }

    private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= 2) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("i", "im", "i'm", "me", "my", "mine", "you", "your", "yours", "we", "our", "us", "he",
                "she", "him", "her", "do", "does", "did", "done", "can", "could", "would", "should", "shall", "may",
                "might", "must", "have", "has", "had", "am", "been", "being", "please", "pls", "hi", "hello", "hey",
                "thanks", "thank", "how", "what", "when", "where", "why", "which", "who", "whom", "so", "just", "any",
                "some", "get", "got", "want", "need", "like", "know", "tell", "ok", "okay", "yes", "also", "from",
                "about", "up", "out", "all", "one"));
        return CharArraySet.unmodifiableSet(words);
    }
}
