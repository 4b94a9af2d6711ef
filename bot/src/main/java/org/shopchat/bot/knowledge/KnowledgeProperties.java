package org.shopchat.bot.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings of the knowledge base, measured by KnowledgeRetrievalEvalTest (figures in kb-content/README.md).
 * The defaults live here once, so the evaluation and the running bot cannot drift apart. The threshold 7.0 was
 * chosen on the dev set and CLINC150 oos_val: it keeps 87% of dev answers and answers 23% of oos_val (at 4.0: 97%
 * and 52%); the intent classifier's out-of-scope decision comes before it in the dialogue.
 *
 * @param minScore       the score below which the bot has no answer ("not found") rather than a wrong one
 * @param titleBoost     weight of a title match
 * @param questionsBoost weight of a match in the alternative questions
 * @param bodyBoost      weight of a body match
 * @param intentBoost    factor on the score of articles that answer the classified intent (1 = no boost)
 * @param bm25K1         BM25 term frequency saturation
 * @param bm25B          BM25 length normalisation
 */
@Validated
@ConfigurationProperties("shopchat.knowledge")
public record KnowledgeProperties(
        @DefaultValue(MIN_SCORE) @DecimalMin(value = "0.0", inclusive = false) double minScore,
        @DefaultValue(TITLE_BOOST) @DecimalMin("0.01") float titleBoost,
        @DefaultValue(QUESTIONS_BOOST) @DecimalMin("0.01") float questionsBoost,
        @DefaultValue(BODY_BOOST) @DecimalMin("0.01") float bodyBoost,
        @DefaultValue(INTENT_BOOST) @DecimalMin("1.0") float intentBoost,
        @DefaultValue(BM25_K1) @DecimalMin("0.01") float bm25K1,
        @DefaultValue(BM25_B) @DecimalMin("0.0") @DecimalMax("1.0") float bm25B) {

    static final String MIN_SCORE = "7.0";
    static final String TITLE_BOOST = "2.0";
    static final String QUESTIONS_BOOST = "2.0";
    static final String BODY_BOOST = "1.0";
    static final String INTENT_BOOST = "1.5";
    static final String BM25_K1 = "1.2";
    static final String BM25_B = "0.75";

    /** The defaults, as the running bot gets them without configuration. */
    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(Double.parseDouble(MIN_SCORE), Float.parseFloat(TITLE_BOOST),
                Float.parseFloat(QUESTIONS_BOOST), Float.parseFloat(BODY_BOOST), Float.parseFloat(INTENT_BOOST),
                Float.parseFloat(BM25_K1), Float.parseFloat(BM25_B));
    }

    SearchTuning tuning() {
        return new SearchTuning(titleBoost, questionsBoost, bodyBoost, intentBoost, bm25K1, bm25B);
    }
}
