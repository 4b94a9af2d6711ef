package org.shopchat.bot.analytics;

import org.shopchat.bot.analytics.StoredConversations.StoredConversation;
import org.shopchat.bot.analytics.StoredConversations.StoredHandoff;
import org.shopchat.bot.analytics.StoredConversations.StoredMessage;
import org.shopchat.bot.analytics.StoredConversations.StoredSurvey;
import org.shopchat.bot.analytics.StoredConversations.StoredTurn;
import org.shopchat.bot.dialogue.DialogueProperties;
import org.shopchat.console.analytics.AgentFigures;
import org.shopchat.console.analytics.AnalyticsQuery;
import org.shopchat.console.analytics.AnalyticsReport;
import org.shopchat.console.analytics.ArticleFigures;
import org.shopchat.console.analytics.Dashboard;
import org.shopchat.console.analytics.IntentFigures;
import org.shopchat.console.analytics.ReasonFigures;
import org.shopchat.console.analytics.SurveyFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The console's analytics dashboard, worked out in memory from the stored conversations of the query's period (and
 * the 7 days after it, for first-contact resolution). Every definition is in docs/metrics.md; this class is over 300
 * lines because it is that page in code, one figure after the other.
 */
@Service
class ConsoleAnalyticsReport implements AnalyticsReport {

    static final Duration REPEAT_CONTACT_WINDOW = Duration.ofDays(7);
    static final String GUEST = "GUEST";
    static final List<String> TIERS = List.of("STANDARD", "VIP", GUEST);
    static final String WITH_AGENT = "WITH_AGENT";
    static final int TOP_INTENTS = 15;

    private final StoredConversations stored;
    private final AnalyticsProperties properties;
    private final DialogueProperties dialogue;

    ConsoleAnalyticsReport(StoredConversations stored, AnalyticsProperties properties, DialogueProperties dialogue) {
        this.stored = stored;
        this.properties = properties;
        this.dialogue = dialogue;
    }

    @Override
    @Transactional(readOnly = true)
    public Dashboard dashboard(AnalyticsQuery query) {
        Instant from = query.from().atStartOfDay(properties.zone()).toInstant();
        Instant until = query.to().plusDays(1).atStartOfDay(properties.zone()).toInstant();
        Map<java.util.UUID, StoredConversation> all = stored.between(from, until.plus(REPEAT_CONTACT_WINDOW));
        Map<java.util.UUID, String> intents = new HashMap<>();
        all.values().forEach(c -> intents.put(c.id, intentOf(c)));

        Map<String, PeriodTally> periods = new LinkedHashMap<>();
        for (String label : org.shopchat.bot.analytics.Periods.labels(query.from(), query.to(), query.granularity())) {
            periods.put(label, new PeriodTally(label));
        }
        PeriodTally total = new PeriodTally("all");
        Map<String, Long> reasons = new TreeMap<>();
        SurveyTally botSurveys = new SurveyTally();
        SurveyTally agentSurveys = new SurveyTally();
        Map<String, ArticleTally> articles = new TreeMap<>();
        Map<String, IntentTally> intentTallies = new HashMap<>();
        Map<String, AgentTally> agents = new TreeMap<>();
        TreeSet<String> intentChoices = new TreeSet<>();

        for (StoredConversation c : all.values()) {
            if (c.createdAt.isBefore(from) || !c.createdAt.isBefore(until) || firstCustomerMessage(c) == null) {
                continue;
            }
            String intent = intents.get(c.id);
            intentChoices.add(intent == null ? ConversationIntent.NONE : intent);
            if (!passes(c, intent, query)) {
                continue;
            }
            LocalDate day = c.createdAt.atZone(properties.zone()).toLocalDate();
            PeriodTally period = periods.get(org.shopchat.bot.analytics.Periods.label(day, query.granularity()));
            List<PeriodTally> tallies = List.of(period, total);
            countHandoffs(c, query, tallies, agents);
            countSurveys(c, query, tallies, botSurveys, agentSurveys, articles, intentTallies, agents);
            if (query.agentView()) {
                continue;
            }
            boolean escalated = !c.handoffs.isEmpty();
            boolean contained = !escalated && c.tickets.isEmpty();
            boolean fcrEligible = c.customerId != null && intent != null;
            boolean fcrResolved = fcrEligible && !contactedAgain(c, intent, all.values(), intents);
            StoredMessage first = firstCustomerMessage(c);
            Instant firstReply = c.messages.stream().filter(m -> m.seq() > first.seq() && "BOT".equals(m.sender()))
                    .map(StoredMessage::createdAt).findFirst().orElse(null);
            for (PeriodTally t : tallies) {
                t.conversations++;
                t.contained += contained ? 1 : 0;
                t.escalated += escalated ? 1 : 0;
                t.fcrEligible += fcrEligible ? 1 : 0;
                t.fcrResolved += fcrResolved ? 1 : 0;
                t.botFirstResponse.addSeconds(first.createdAt(), firstReply);
                t.ticketsCreated += c.tickets.size();
                t.ticketsClosed += c.tickets.stream().filter("CLOSED"::equals).count();
            }
            c.handoffs.stream().flatMap(h -> h.reasons().stream()).distinct()
                    .forEach(r -> reasons.merge(r, 1L, Long::sum));
            countTurns(c, tallies, intentTallies);
            if (intent != null) {
                intentTallies.computeIfAbsent(intent, IntentTally::new).conversations++;
            }
            c.feedback.forEach(f -> articles.computeIfAbsent(f.articleId(), ArticleTally::new).feedback(f.helpful()));
        }
        return new Dashboard(query, total.figures(), periods.values().stream().map(PeriodTally::figures).toList(),
                reasons.entrySet().stream().map(r -> new ReasonFigures(r.getKey(), r.getValue(),
                        Mean.rate(r.getValue(), total.conversations))).toList(),
                botSurveys.figures(), agentSurveys.figures(),
                articles.values().stream().map(ArticleTally::figures).toList(),
                intentTallies.values().stream().map(IntentTally::figures)
                        .sorted(Comparator.comparingLong(IntentFigures::turns).reversed()
                                .thenComparing(IntentFigures::intent))
                        .limit(TOP_INTENTS).toList(),
                agents.values().stream().map(AgentTally::figures).toList(),
                query.agentView() ? 0 : stored.openTickets(), TIERS, List.copyOf(intentChoices));
    }

    private static boolean passes(StoredConversation c, String intent, AnalyticsQuery query) {
        String tier = c.tier == null ? GUEST : c.tier;
        String intentName = intent == null ? ConversationIntent.NONE : intent;
        return (query.tier() == null || query.tier().equals(tier))
                && (query.intent() == null || query.intent().equals(intentName));
    }

    /** The conversation's intent (docs/metrics.md): its first understood customer turn that is not small talk. */
    private String intentOf(StoredConversation c) {
        return c.turns.stream().filter(t -> !WITH_AGENT.equals(t.act()))
                .filter(t -> ConversationIntent.counts(t.intent(), t.confidence(), t.outOfScope(),
                        dialogue.minConfidence()))
                .map(StoredTurn::intent).findFirst().orElse(null);
    }

    private static StoredMessage firstCustomerMessage(StoredConversation c) {
        return c.messages.stream().filter(m -> "CUSTOMER".equals(m.sender())).findFirst().orElse(null);
    }

    /** Another conversation of the same customer about the same intent, started within 7 days after this one. */
    private static boolean contactedAgain(StoredConversation c, String intent, Collection<StoredConversation> all,
                                          Map<java.util.UUID, String> intents) {
        Instant windowEnd = c.createdAt.plus(REPEAT_CONTACT_WINDOW);
        return all.stream().anyMatch(o -> o != c && c.customerId.equals(o.customerId)
                && intent.equals(intents.get(o.id)) && o.createdAt.isAfter(c.createdAt)
                && !o.createdAt.isAfter(windowEnd));
    }

    private static void countHandoffs(StoredConversation c, AnalyticsQuery query, List<PeriodTally> tallies,
                                      Map<String, AgentTally> agents) {
        for (StoredHandoff h : c.handoffs) {
            if (query.agentView() && !query.agent().equals(h.claimedBy())) {
                continue;
            }
            Instant firstAgentMessage = h.claimedAt() == null ? null : c.messages.stream()
                    .filter(m -> "AGENT".equals(m.sender()) && !m.createdAt().isBefore(h.claimedAt())
                            && (h.endedAt() == null || !m.createdAt().isAfter(h.endedAt())))
                    .map(StoredMessage::createdAt).findFirst().orElse(null);
            boolean resolved = "RESOLVED".equals(h.status());
            for (PeriodTally t : tallies) {
                t.handoffs++;
                if (h.claimedAt() != null) {
                    t.queueWait.addSeconds(h.requestedAt(), h.claimedAt());
                }
                t.agentFirstResponse.addSeconds(h.claimedAt(), firstAgentMessage);
                if (resolved) {
                    t.handleTime.addSeconds(h.claimedAt(), h.endedAt());
                }
            }
            if (h.claimedBy() != null) {
                AgentTally agent = agents.computeIfAbsent(h.claimedBy(), AgentTally::new);
                agent.name = h.claimedByName();
                agent.handoffs++;
                agent.resolved += resolved ? 1 : 0;
                agent.queueWait.addSeconds(h.requestedAt(), h.claimedAt());
                agent.firstResponse.addSeconds(h.claimedAt(), firstAgentMessage);
                if (resolved) {
                    agent.handleTime.addSeconds(h.claimedAt(), h.endedAt());
                }
            }
        }
    }

    private static void countSurveys(StoredConversation c, AnalyticsQuery query, List<PeriodTally> tallies,
                                     SurveyTally bot, SurveyTally agent, Map<String, ArticleTally> articles,
                                     Map<String, IntentTally> intents, Map<String, AgentTally> agents) {
        for (StoredSurvey s : c.surveys) {
            boolean agentPhase = s.phase() == SurveyPhase.AGENT;
            if (query.agentView() && !(agentPhase && query.agent().equals(s.agentUsername()))) {
                continue;
            }
            (agentPhase ? agent : bot).add(s);
            if (s.rating() == null) {
                continue;
            }
            tallies.forEach(t -> (agentPhase ? t.agentCsat : t.botCsat).add(s.rating()));
            if (agentPhase && s.agentUsername() != null) {
                AgentTally a = agents.computeIfAbsent(s.agentUsername(), AgentTally::new);
                a.name = a.name == null ? s.agentName() : a.name;
                a.csat.add(s.rating());
            }
            if (!query.agentView()) {
                if (!agentPhase && s.articleId() != null) {
                    articles.computeIfAbsent(s.articleId(), ArticleTally::new).csat.add(s.rating());
                }
                if (s.intent() != null) {
                    intents.computeIfAbsent(s.intent(), IntentTally::new).csat.add(s.rating());
                }
            }
        }
    }

    private void countTurns(StoredConversation c, List<PeriodTally> tallies, Map<String, IntentTally> intents) {
        for (StoredTurn turn : c.turns) {
            if (WITH_AGENT.equals(turn.act())) {
                continue;
            }
            boolean understood = ConversationIntent.understood(turn.confidence(), turn.outOfScope(),
                    dialogue.minConfidence());
            for (PeriodTally t : tallies) {
                t.customerTurns++;
                t.notUnderstood += understood ? 0 : 1;
            }
            if (ConversationIntent.counts(turn.intent(), turn.confidence(), turn.outOfScope(), dialogue.minConfidence())) {
                intents.computeIfAbsent(turn.intent(), IntentTally::new).turns++;
            }
        }
    }

    private static final class SurveyTally {
        long offered;
        long answered;
        long skipped;
        final Mean average = new Mean();
        final long[] distribution = new long[5];

        void add(StoredSurvey s) {
            offered++;
            if (s.rating() != null) {
                answered++;
                average.add(s.rating());
                distribution[s.rating() - 1]++;
            } else if (Survey.SKIPPED.equals(s.status())) {
                skipped++;
            }
        }

        SurveyFigures figures() {
            return new SurveyFigures(offered, answered, skipped, average.value(),
                    java.util.Arrays.stream(distribution).boxed().toList());
        }
    }

    private static final class ArticleTally {
        final String articleId;
        long helpful;
        long unhelpful;
        final Mean csat = new Mean();

        ArticleTally(String articleId) {
            this.articleId = articleId;
        }

        void feedback(boolean wasHelpful) {
            if (wasHelpful) {
                helpful++;
            } else {
                unhelpful++;
            }
        }

        ArticleFigures figures() {
            return new ArticleFigures(articleId, helpful, unhelpful, Mean.rate(helpful, helpful + unhelpful),
                    csat.count(), csat.value());
        }
    }

    private static final class IntentTally {
        final String intent;
        long turns;
        long conversations;
        final Mean csat = new Mean();

        IntentTally(String intent) {
            this.intent = intent;
        }

        IntentFigures figures() {
            return new IntentFigures(intent, turns, conversations, csat.count(), csat.value());
        }
    }

    private static final class AgentTally {
        final String username;
        String name;
        long handoffs;
        long resolved;
        final Mean queueWait = new Mean();
        final Mean firstResponse = new Mean();
        final Mean handleTime = new Mean();
        final Mean csat = new Mean();

        AgentTally(String username) {
            this.username = username;
        }

        AgentFigures figures() {
            return new AgentFigures(username, Objects.requireNonNullElse(name, username), handoffs, resolved,
                    queueWait.value(), firstResponse.value(), handleTime.value(), csat.count(), csat.value());
        }
    }
}
