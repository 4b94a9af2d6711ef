package org.shopchat.bot.knowledge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Answers customer questions from the published articles and keeps the customers' verdict on each answer.
 * Searching reads only the in-memory index (no database round trip); feedback goes to the database.
 */
@Service
public class KnowledgeBase implements ArticleSearch {

    /** Enough for a "did you mean" list; more would only cost time. */
    static final int MAX_RESULTS = 50;

    /** The index answered from: the published articles, or the editors' latest drafts. */
    private final IndexAnswers.Searcher index;
    /** Null in a knowledge base that already answers from the drafts. */
    private final DraftArticleIndex drafts;
    private final KnowledgeProperties properties;
    private final ArticleRevisionRepository revisions;
    private final ArticleFeedbackRepository feedback;
    private final Clock clock;
    private final Timer searchTime;
    private final IndexAnswers answers;

    @Autowired
    KnowledgeBase(PublishedArticleIndex index, DraftArticleIndex drafts, KnowledgeProperties properties,
                  ArticleRevisionRepository revisions, ArticleFeedbackRepository feedback, Clock clock,
                  MeterRegistry meters) {
        this(index::search, drafts, properties, revisions, feedback, clock,
                Timer.builder("shopchat.knowledge.search")
                        .description("Knowledge-base searches (BM25, with sentence embeddings when on)")
                        .register(meters));
    }

    private KnowledgeBase(IndexAnswers.Searcher index, DraftArticleIndex drafts, KnowledgeProperties properties,
                          ArticleRevisionRepository revisions, ArticleFeedbackRepository feedback, Clock clock,
                          Timer searchTime) {
        this.searchTime = searchTime;
        this.index = index;
        this.drafts = drafts;
        this.properties = properties;
        this.revisions = revisions;
        this.feedback = feedback;
        this.clock = clock;
        this.answers = new IndexAnswers(this::timedSearch, properties);
    }

    /**
     * The same answers and search, but from every article's newest revision where that is a draft or in review
     * (published revisions otherwise): what customers would get if the editors' drafts were published. For the
     * editors' test bench; nothing is stored.
     */
    public DraftKnowledge latestDrafts() {
        if (drafts == null) {
            throw new IllegalStateException("this knowledge base already answers from the drafts");
        }
        DraftArticleIndex.Snapshot snapshot = drafts.latest();
        return new DraftKnowledge(new KnowledgeBase(snapshot::search, null, properties, revisions, feedback, clock, searchTime),
                snapshot.drafts());
    }

    /**
     * A knowledge base over the editors' drafts.
     *
     * @param draftRevisions the articles answered from a draft: id to the draft's revision
     */
    public record DraftKnowledge(KnowledgeBase knowledge, Map<String, Integer> draftRevisions) {

        public DraftKnowledge {
            draftRevisions = Map.copyOf(draftRevisions);
        }
    }

    /**
     * The article that answers the customer's text, or empty when even the best match scores below
     * {@code shopchat.knowledge.min-score} ({@code hybrid-min-score} with embeddings; "not found": better no answer
     * than a wrong one).
     *
     * @param intentHints intents the classifier found (best first); articles answering one of them rank higher
     */
    @Override
    public Optional<ArticleHit> bestAnswer(String customerText, List<String> intentHints) {
        return answers.bestAnswer(customerText, intentHints);
    }

    /**
     * The best matching published articles, best first, without the score threshold (callers such as rephrase
     * suggestions or the editor's test bench decide what to show from the scores). Text without any searchable
     * word (e.g. empty) with intent hints lists the articles answering those intents, the articles that name the
     * intent first (their main intent) first, with score 0.
     *
     * @param max at most this many, capped at {@value #MAX_RESULTS}
     */
    @Override
    public List<ArticleHit> search(String text, List<String> intentHints, int max) {
        return answers.search(text, intentHints, max);
    }

    private List<ArticleHit> timedSearch(String text, Collection<String> hints, int max) {
        long start = System.nanoTime();
        try {
            return index.search(text, hints, max);
        } finally {
            searchTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Stores a customer's "Did this help?" answer for the article revision a bot message showed. Answering again
     * for the same message replaces the earlier answer.
     *
     * @throws IllegalArgumentException when the article has no such revision
     */
    @Transactional
    public void recordFeedback(UUID conversationId, long messageSeq, String articleId, int revision, boolean helpful) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(articleId, "articleId");
        if (revisions.findByArticleIdAndRevision(articleId, revision).isEmpty()) {
            throw new IllegalArgumentException("article " + articleId + " has no revision " + revision);
        }
        ArticleFeedback answer = feedback.findByConversationIdAndMessageSeq(conversationId, messageSeq)
                .orElseGet(() -> new ArticleFeedback(conversationId, messageSeq));
        answer.answer(articleId, revision, helpful, clock.instant());
        feedback.save(answer);
    }

    /** Helpful and unhelpful answers per revision of the article, oldest revision first. */
    @Transactional(readOnly = true)
    public FeedbackSummary feedback(String articleId) {
        Map<Integer, long[]> counts = new TreeMap<>();
        for (Object[] row : feedback.countByRevision(articleId)) {
            long[] pair = counts.computeIfAbsent(((Number) row[0]).intValue(), r -> new long[2]);
            pair[(Boolean) row[1] ? 0 : 1] = ((Number) row[2]).longValue();
        }
        List<FeedbackSummary.RevisionFeedback> perRevision = new ArrayList<>();
        counts.forEach((revision, pair) -> perRevision.add(
                new FeedbackSummary.RevisionFeedback(revision, pair[0], pair[1])));
        return new FeedbackSummary(articleId, perRevision);
    }

    static String articleUrl(String articleId) {
        return "/kb/" + articleId;
    }
}
