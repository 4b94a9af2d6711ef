package org.shopchat.kb;

/** A customer question of the retrieval test set and the article that should answer it. */
public record RetrievalQuestion(String question, String expectedArticleId) {

    public RetrievalQuestion {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be empty");
        }
        if (expectedArticleId == null || expectedArticleId.isBlank()) {
            throw new IllegalArgumentException("expected article id must not be empty");
        }
    }
}
