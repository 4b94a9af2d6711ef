package org.shopchat.bot.knowledge;

/**
 * How the fields of an article weigh in its score. Change them only together with the figures of
 * KnowledgeRetrievalEvalTest in kb-content/README.md.
 *
 * @param titleBoost     weight of a match in the title
 * @param questionsBoost weight of a match in the alternative questions, the closest thing to customer wording
 * @param bodyBoost      weight of a match in the body, long and full of side topics
 * @param intentBoost    factor on the score of an article that answers one of the hinted intents
 * @param bm25K1         BM25 term frequency saturation
 * @param bm25B          BM25 length normalisation
 * @param semanticWeight score added per unit of sentence-vector cosine above the floor (hybrid search only)
 * @param semanticFloor  cosine that counts as no similarity: unrelated English sentences still score 0.1–0.3
 */
record SearchTuning(float titleBoost, float questionsBoost, float bodyBoost, float intentBoost,
                    float bm25K1, float bm25B, float semanticWeight, float semanticFloor) {

    SearchTuning {
        requirePositive("titleBoost", titleBoost);
        requirePositive("questionsBoost", questionsBoost);
        requirePositive("bodyBoost", bodyBoost);
        if (!(intentBoost >= 1f)) {
            throw new IllegalArgumentException("intentBoost must be at least 1 (1 = no boost), was " + intentBoost);
        }
        requirePositive("bm25K1", bm25K1);
        if (!(bm25B >= 0f && bm25B <= 1f)) {
            throw new IllegalArgumentException("bm25B must be in [0, 1], was " + bm25B);
        }
        if (!(semanticWeight >= 0f)) {
            throw new IllegalArgumentException("semanticWeight must not be negative, was " + semanticWeight);
        }
        if (!(semanticFloor >= 0f && semanticFloor < 1f)) {
            throw new IllegalArgumentException("semanticFloor must be in [0, 1), was " + semanticFloor);
        }
    }

    private static void requirePositive(String name, float value) {
        if (!(value > 0f)) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
