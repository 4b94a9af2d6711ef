package org.shopchat.bot.knowledge;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedData;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.RetrievalQuestion;
import org.shopchat.kb.RetrievalQuestions;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text query analysed once for all fields is the query the search built before, when it analysed the text once
 * per field with {@link QueryBuilder#createBooleanQuery(String, String, BooleanClause.Occur)} (kept here as
 * {@link #perFieldQuery}): the same query, hits and scores for every customer wording we have.
 */
class FieldQueriesTests {

    private static SearchAnalysis analysis;
    private static ArticleIndex index;
    private static SearchTuning tuning;

    @BeforeAll
    static void indexShippedArticles() {
        KnowledgeContent content = KnowledgeContent.loadFromClasspath();
        analysis = new SearchAnalysis(content.synonymRules());
        tuning = KnowledgeProperties.defaults().tuning();
        index = new ArticleIndex(analysis, tuning);
        index.replaceAll(content.publishedArticles().stream().map(IndexedArticle::of).toList());
    }

    @AfterAll
    static void close() {
        index.close();
        analysis.close();
    }

    @Test
    void buildsThePerFieldQueryWithTheSameHitsAndScoresForEveryShippedWording() {
        List<LabeledText> texts = texts();
        int withSynonymGraphs = 0;
        for (LabeledText text : texts) {
            Query before = perFieldQuery(text.text());
            Query now = index.query(text.text(), List.of());
            assertThat(now).as(text.text()).isEqualTo(before);
            if (before == null) {
                continue;
            }
            if (before.toString().contains("+")) {
                withSynonymGraphs++;
            }
            assertThat(index.search(now, 5)).as(text.text()).isEqualTo(index.search(before, 5));
            if (text.intent() != null) {
                assertThat(index.search(index.query(text.text(), List.of(text.intent())), 5)).as(text.text())
                        .isEqualTo(index.search(withIntentBoost(before, text.intent()), 5));
            }
        }
        assertThat(texts).hasSizeGreaterThan(2000);
        // Multi-word synonyms ("money back") make graph queries with required clauses: they are covered too.
        assertThat(withSynonymGraphs).isPositive();
    }

    @Test
    void findsNothingToSearchInTheSameTexts() {
        for (String text : List.of("", "   ", "*:*", "how do I ... ?", "can you help me please", "?!")) {
            assertThat(index.query(text, List.of())).as(text).isEqualTo(perFieldQuery(text)).isNull();
        }
    }

    /** The construction before: the text analysed once per field. */
    private static Query perFieldQuery(String text) {
        QueryBuilder queries = new QueryBuilder(analysis.querying());
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = addField(queries, fields, ArticleIndex.TITLE, text, tuning.titleBoost())
                | addField(queries, fields, ArticleIndex.QUESTIONS, text, tuning.questionsBoost())
                | addField(queries, fields, ArticleIndex.BODY, text, tuning.bodyBoost());
        return any ? fields.build() : null;
    }

    private static boolean addField(QueryBuilder queries, BooleanQuery.Builder builder, String field, String text,
                                    float boost) {
        Query query = queries.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
        if (query == null) {
            return false;
        }
        builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        return true;
    }

    /** The intent hint's boost around the text query, as the search applies it. */
    private static Query withIntentBoost(Query textQuery, String intent) {
        Query intents = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArticleIndex.INTENT, intent)), BooleanClause.Occur.SHOULD).build();
        return FunctionScoreQuery.boostByQuery(textQuery, intents, tuning.intentBoost());
    }

    /** kb-content's retrieval questions and the intents library's training and held-out utterances. */
    private static List<LabeledText> texts() {
        List<LabeledText> texts = new ArrayList<>();
        for (RetrievalQuestion question : RetrievalQuestions.loadFromClasspath()) {
            texts.add(new LabeledText(question.question(), null));
        }
        for (List<LabeledUtterance> set : List.of(ShippedData.training(), ShippedData.heldOut())) {
            for (LabeledUtterance utterance : set) {
                texts.add(new LabeledText(utterance.text(), utterance.intent().value()));
            }
        }
        return texts;
    }

    private record LabeledText(String text, String intent) {
    }
}
