package org.shopchat.bot.replay;

import org.shopchat.bot.dialogue.DialogueCandidate;
import org.shopchat.bot.dialogue.DialogueProperties;
import org.shopchat.bot.dialogue.DialogueRehearsal;
import org.shopchat.bot.dialogue.RehearsalTurn;
import org.shopchat.bot.dialogue.RehearsedTurn;
import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.knowledge.ArticleSearch;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.console.replay.ContentSource;
import org.shopchat.console.replay.ReplayCandidate;
import org.shopchat.console.replay.ReplayReport;
import org.shopchat.console.replay.ReplayRequest;
import org.shopchat.console.replay.Replays;
import org.shopchat.console.replay.TurnDifference;
import org.shopchat.intents.Nlu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs replays: reads the selected conversations, decides their customer messages again with the candidate through
 * {@link DialogueRehearsal}, and counts what changed. Runs in a read-only transaction, so even a mistake here could
 * not write (PostgreSQL refuses writes in it).
 */
@Service
class ConsoleReplays implements Replays {

    private static final Logger log = LoggerFactory.getLogger(ConsoleReplays.class);

    private final RecordedConversations stored;
    private final DialogueRehearsal rehearsal;
    private final Nlu current;
    private final KnowledgeBase knowledge;
    private final DialogueProperties dialogue;
    private final EscalationProperties escalation;
    private final List<IntentModels> models;

    ConsoleReplays(RecordedConversations stored, DialogueRehearsal rehearsal, Nlu current, KnowledgeBase knowledge,
                   DialogueProperties dialogue, EscalationProperties escalation, List<IntentModels> models) {
        this.stored = stored;
        this.rehearsal = rehearsal;
        this.current = current;
        this.knowledge = knowledge;
        this.dialogue = dialogue;
        this.escalation = escalation;
        this.models = List.copyOf(models);
    }

    @Override
    @Transactional(readOnly = true)
    public ReplayReport run(ReplayRequest request) {
        return run(request, model(request.candidate().model()));
    }

    /** As {@link #run(ReplayRequest)} with the given intent model (the command line may name any model file). */
    @Transactional(readOnly = true)
    ReplayReport run(ReplayRequest request, Nlu model) {
        ReplayCandidate candidate = request.candidate();
        List<UUID> ids = stored.select(request.selection());
        if (candidate.content() == ContentSource.LATEST_DRAFTS) {
            KnowledgeBase.DraftKnowledge drafts = knowledge.latestDrafts();
            return replay(ids, request, model, drafts.knowledge(), List.copyOf(drafts.draftRevisions().keySet()));
        }
        return replay(ids, request, model, knowledge, List.of());
    }

    @Override
    public ReplayCandidate configured() {
        return new ReplayCandidate(dialogue.minConfidence(), dialogue.clarifyMargin(),
                dialogue.offerHumanAfterFailures(), escalation.minIntentConfidence(),
                escalation.failuresBeforeEscalation(), escalation.sentimentTrendThreshold(), ContentSource.PUBLISHED,
                CURRENT_MODEL);
    }

    @Override
    public List<String> models() {
        return models.stream().flatMap(source -> source.names().stream()).distinct().sorted().toList();
    }

    private Nlu model(String name) {
        if (CURRENT_MODEL.equals(name)) {
            return current;
        }
        return models.stream().map(source -> source.load(name)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no intent model named " + name));
    }

    private ReplayReport replay(List<UUID> ids, ReplayRequest request, Nlu model, ArticleSearch articles,
                                List<String> drafts) {
        ReplayCandidate c = request.candidate();
        DialogueCandidate candidate = new DialogueCandidate(model,
                new DialogueProperties(c.minConfidence(), c.clarifyMargin(), c.offerHumanAfterFailures()),
                articles, escalationWith(c));
        Tally tally = new Tally(request.maxExamples());
        for (UUID id : ids) {
            Optional<StoredConversation> conversation = stored.load(id);
            if (conversation.isEmpty()) {
                tally.missing++;
                continue;
            }
            tally.conversations++;
            replay(conversation.get(), candidate, tally);
        }
        log.info("Replayed {} conversations ({} turns, {} changed) with {}", tally.conversations, tally.turns,
                tally.changed, c);
        return new ReplayReport(tally.conversations, tally.missing, tally.turns, tally.notRerun, tally.changes,
                tally.changed, tally.examples, drafts, c);
    }

    private void replay(StoredConversation conversation, DialogueCandidate candidate, Tally tally) {
        List<RehearsalTurn> input = conversation.turns().stream()
                .map(t -> new RehearsalTurn(t.seq(), t.text(), t.choice(), t.act())).toList();
        List<RehearsedTurn> decided = rehearsal.rehearse(conversation.id(), conversation.customerId(), input,
                candidate);
        for (int i = 0; i < decided.size(); i++) {
            StoredTurn recorded = conversation.turns().get(i);
            RehearsedTurn replayed = decided.get(i);
            if (!replayed.rerun() || !recorded.recorded()) {
                tally.notRerun++;
                continue;
            }
            tally.turns++;
            TurnComparison.compare(conversation.id(), recorded, replayed).ifPresent(tally::add);
        }
    }

    /** The configured escalation rules with the candidate's thresholds. */
    private EscalationProperties escalationWith(ReplayCandidate c) {
        EscalationProperties e = escalation;
        return new EscalationProperties(e.askForPersonIntents(), e.askForPersonKeywords(), c.escalationMinConfidence(),
                c.failuresBeforeEscalation(), e.sentimentTrendTurns(), c.sentimentTrendThreshold(),
                e.sensitiveIntents(), e.sensitiveCues(), e.vipHeadStart(), e.distressHeadStart(), e.maxChatsPerAgent(),
                e.defaultHandleTime(), e.handleTimeSample(), e.positionUpdateInterval(), e.hours());
    }

    /** Counts of one replay, and its first examples. */
    private static final class Tally {
        final int maxExamples;
        int conversations;
        int missing;
        int turns;
        int notRerun;
        int changed;
        final Map<TurnDifference.Change, Integer> changes = new EnumMap<>(TurnDifference.Change.class);
        final List<TurnDifference> examples = new ArrayList<>();

        Tally(int maxExamples) {
            this.maxExamples = maxExamples;
            for (TurnDifference.Change change : TurnDifference.Change.values()) {
                changes.put(change, 0);
            }
        }

        void add(TurnDifference difference) {
            changed++;
            difference.changes().forEach(change -> changes.merge(change, 1, Integer::sum));
            if (examples.size() < maxExamples) {
                examples.add(difference);
            }
        }
    }
}
