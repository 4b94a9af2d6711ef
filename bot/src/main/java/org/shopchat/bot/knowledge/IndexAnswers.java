package org.shopchat.bot.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answering rules over one article index, shared by the published knowledge base and content previews. */
final class IndexAnswers implements ArticleSearch {

    /** Searches one index version. */
    @FunctionalInterface
    interface Searcher {
        List<ArticleHit> search(String text, Collection<String> intentHints, int max);
    }

    private final Searcher index;
    private final KnowledgeProperties properties;

    IndexAnswers(Searcher index, KnowledgeProperties properties) {
        this.index = index;
        this.properties = properties;
    }

    @Override
    public Optional<ArticleHit> bestAnswer(String customerText, List<String> intentHints) {
        if (Objects.requireNonNull(customerText, "customerText").isBlank()) {
            return Optional.empty();
        }
        return search(customerText, intentHints, 1).stream()
                .filter(hit -> hit.score() >= properties.answerThreshold())
                .findFirst();
    }

    @Override
    public List<ArticleHit> search(String text, List<String> intentHints, int max) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intentHints, "intentHints");
        List<String> hints = intentHints.stream().filter(Objects::nonNull).filter(h -> !h.isBlank()).toList();
        return index.search(text, hints, Math.min(max, KnowledgeBase.MAX_RESULTS));
    }
}
