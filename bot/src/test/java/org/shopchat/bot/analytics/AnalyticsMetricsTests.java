package org.shopchat.bot.analytics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopchat.console.analytics.AgentFigures;
import org.shopchat.console.analytics.AnalyticsQuery;
import org.shopchat.console.analytics.AnalyticsReport;
import org.shopchat.console.analytics.ArticleFigures;
import org.shopchat.console.analytics.Dashboard;
import org.shopchat.console.analytics.Granularity;
import org.shopchat.console.analytics.IntentFigures;
import org.shopchat.console.analytics.PeriodFigures;
import org.shopchat.console.analytics.ReasonFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every dashboard figure on a fixed, hand-made history, against numbers worked out by hand below (definitions in
 * docs/metrics.md). The history lies in March 2026, when London is on UTC, so every timestamp is also the local time;
 * other tests' conversations are all "now" and fall outside it.
 *
 * <pre>
 * conv tier     started (Mon 2 Mar = W10)  customer turns (intent conf)            bot 1st reply  people         surveys
 * C1   STANDARD Mon 03-02 10:00            track_order .9, thanks .95             2 s            -              BOT 5 (delivery-times)
 * C2   GUEST    Mon 03-02 11:00            ? .1 (not understood), contact .8,     4 s            H2 agent1       AGENT 4
 *                                          + one WITH_AGENT turn (not counted)                   asked+failures
 * C3   VIP      Wed 03-04 09:00            return_item .85, complaint .7          6 s            H3 agent2       AGENT 2
 * C4   STANDARD Sat 03-07 15:00            track_order .92                        1 s            -              BOT skipped
 * C5   GUEST    Tue 03-10 20:30 (W11)      out of scope, contact .9               3 s            ticket OPEN     -
 * C6   VIP      Thu 03-12 12:00            track_order .88                        2 s            H6 cancelled,   -
 *                                                                                                ticket CLOSED
 * C7   GUEST    Fri 03-13                  none (greeting only: not counted)
 * C8   VIP      Mon 03-16 (after the period) track_order: a repeat contact of C6's customer 4 days later
 * C9   GUEST    Sun 03-01 23:30 (before the period)
 * H2: requested 11:01:00, claimed 11:03:00 (wait 120 s), first agent message 11:03:30 (30 s), resolved 11:13:00 (600 s)
 * H3: requested 09:02:00, claimed 09:06:00 (wait 240 s), first agent message 09:07:00 (60 s), resolved 09:26:00 (1200 s)
 * C1 and C4 are the same customer with the same intent 5 days apart: C1 is not resolved at first contact, C4 is.
 * </pre>
 */
@SpringBootTest
@TestPropertySource(properties = "shopchat.analytics.max-conversations=5000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsMetricsTests {

    static final LocalDate FROM = LocalDate.parse("2026-03-02");
    static final LocalDate TO = LocalDate.parse("2026-03-15");

    @Autowired
    AnalyticsReport report;
    @Autowired
    JdbcTemplate jdbc;

    long openTicketsBefore;

    @BeforeAll
    void storeTheHistory() {
        openTicketsBefore = jdbc.queryForObject("select count(*) from offline_ticket where status <> 'CLOSED'", Long.class);
        StoredHistory h = new StoredHistory(jdbc);
        h.customer("T-1", "STANDARD");
        h.customer("T-2", "VIP");

        UUID c1 = h.conversation("2026-03-02T10:00:00Z", "T-1");
        h.customerTurn(c1, 2, "2026-03-02T10:00:10Z", "track_order", 0.9, false, "ARTICLE_ANSWER");
        h.message(c1, 3, "BOT", "2026-03-02T10:00:12Z");
        h.customerTurn(c1, 4, "2026-03-02T10:01:00Z", "thanks", 0.95, false, "SMALL_TALK");
        h.message(c1, 5, "BOT", "2026-03-02T10:01:01Z");
        h.feedback(c1, 3, "delivery-times", true, "2026-03-02T10:00:30Z");
        h.survey(c1, "BOT", null, null, null, "delivery-times", "track_order", "ANSWERED", 5, "2026-03-02T10:01:02Z");

        UUID c2 = h.conversation("2026-03-02T11:00:00Z", null);
        h.customerTurn(c2, 2, "2026-03-02T11:00:20Z", "edit_account", 0.1, false, "REPHRASE_HELP");
        h.message(c2, 3, "BOT", "2026-03-02T11:00:24Z");
        h.customerTurn(c2, 4, "2026-03-02T11:01:00Z", "contact_human_agent", 0.8, false, "HANDOVER_QUEUED");
        h.message(c2, 5, "BOT", "2026-03-02T11:03:00Z");
        h.message(c2, 6, "AGENT", "2026-03-02T11:03:30Z");
        h.customerTurn(c2, 7, "2026-03-02T11:04:00Z", "track_order", 0.9, false, "WITH_AGENT");
        UUID h2 = h.handoff(c2, "CUSTOMER_ASKED,REPEATED_FAILURE", "RESOLVED", "2026-03-02T11:01:00Z",
                "2026-03-02T11:03:00Z", "agent1", "Priya", "2026-03-02T11:13:00Z");
        h.survey(c2, "AGENT", h2, "agent1", "Priya", null, "contact_human_agent", "ANSWERED", 4, "2026-03-02T11:13:01Z");

        UUID c3 = h.conversation("2026-03-04T09:00:00Z", "T-2");
        h.customerTurn(c3, 2, "2026-03-04T09:00:05Z", "return_item", 0.85, false, "ARTICLE_ANSWER");
        h.message(c3, 3, "BOT", "2026-03-04T09:00:11Z");
        h.customerTurn(c3, 4, "2026-03-04T09:02:00Z", "complaint", 0.7, false, "HANDOVER_QUEUED");
        h.message(c3, 5, "BOT", "2026-03-04T09:06:00Z");
        h.message(c3, 6, "AGENT", "2026-03-04T09:07:00Z");
        h.feedback(c3, 3, "how-to-return", false, "2026-03-04T09:01:00Z");
        UUID h3 = h.handoff(c3, "SENSITIVE_TOPIC", "RESOLVED", "2026-03-04T09:02:00Z", "2026-03-04T09:06:00Z",
                "agent2", "Tom", "2026-03-04T09:26:00Z");
        h.survey(c3, "AGENT", h3, "agent2", "Tom", "how-to-return", "return_item", "ANSWERED", 2, "2026-03-04T09:26:01Z");

        UUID c4 = h.conversation("2026-03-07T15:00:00Z", "T-1");
        h.customerTurn(c4, 2, "2026-03-07T15:00:03Z", "track_order", 0.92, false, "ORDER_STATUS");
        h.message(c4, 3, "BOT", "2026-03-07T15:00:04Z");
        h.survey(c4, "BOT", null, null, null, null, "track_order", "SKIPPED", null, "2026-03-07T15:02:00Z");

        UUID c5 = h.conversation("2026-03-10T20:30:00Z", null);
        h.customerTurn(c5, 2, "2026-03-10T20:30:10Z", "oos", 0.2, true, "OUT_OF_SCOPE");
        h.message(c5, 3, "BOT", "2026-03-10T20:30:13Z");
        h.customerTurn(c5, 4, "2026-03-10T20:30:40Z", "contact_human_agent", 0.9, false, "HANDOVER_OFFLINE");
        h.ticket(c5, "OPEN", "2026-03-10T20:31:00Z");

        UUID c6 = h.conversation("2026-03-12T12:00:00Z", "T-2");
        h.customerTurn(c6, 2, "2026-03-12T12:00:08Z", "track_order", 0.88, false, "ORDER_STATUS");
        h.message(c6, 3, "BOT", "2026-03-12T12:00:10Z");
        h.handoff(c6, "NEGATIVE_EMOTION", "CANCELLED", "2026-03-12T12:01:00Z", null, null, null, "2026-03-12T12:05:00Z");
        h.ticket(c6, "CLOSED", "2026-03-12T12:06:00Z");

        h.conversation("2026-03-13T08:00:00Z", null);

        UUID c8 = h.conversation("2026-03-16T10:00:00Z", "T-2");
        h.customerTurn(c8, 2, "2026-03-16T10:00:05Z", "track_order", 0.9, false, "ORDER_STATUS");
        h.message(c8, 3, "BOT", "2026-03-16T10:00:06Z");

        UUID c9 = h.conversation("2026-03-01T23:30:00Z", null);
        h.customerTurn(c9, 2, "2026-03-01T23:30:05Z", "track_order", 0.9, false, "ORDER_STATUS");
    }

    Dashboard dashboard(Granularity granularity, String tier, String intent, String agent) {
        return report.dashboard(new AnalyticsQuery(FROM, TO, granularity, tier, intent, agent));
    }

    @Test
    void countsConversationsContainmentAndEscalationOverThePeriod() {
        PeriodFigures all = dashboard(Granularity.WEEK, null, null, null).total();
        // C1..C6 (C7 never wrote, C8 and C9 lie outside the period).
        assertThat(all.conversations()).isEqualTo(6);
        // Contained: C1 and C4 (C5 and C6 left a message for the team, C2, C3, C6 went to the queue): 2/6.
        assertThat(all.contained()).isEqualTo(2);
        assertThat(all.containmentRate()).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(all.escalated()).isEqualTo(3);
        assertThat(all.escalationRate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void splitsEscalationsByReasonOncePerConversation() {
        assertThat(dashboard(Granularity.WEEK, null, null, null).escalationReasons()).containsExactly(
                new ReasonFigures("CUSTOMER_ASKED", 1, 1.0 / 6), new ReasonFigures("NEGATIVE_EMOTION", 1, 1.0 / 6),
                new ReasonFigures("REPEATED_FAILURE", 1, 1.0 / 6), new ReasonFigures("SENSITIVE_TOPIC", 1, 1.0 / 6));
    }

    @Test
    void firstContactResolutionLooksSevenDaysAheadForTheSameCustomerAndIntent() {
        PeriodFigures all = dashboard(Granularity.WEEK, null, null, null).total();
        // Eligible: known customer and an intent: C1, C3, C4, C6. C1 is followed by C4 (5 days), C6 by C8 (4 days,
        // after the period but inside the 7-day window): resolved C3 and C4.
        assertThat(all.fcrEligible()).isEqualTo(4);
        assertThat(all.fcrResolved()).isEqualTo(2);
        assertThat(all.fcrRate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void timesTheBotAndTheAgents() {
        PeriodFigures all = dashboard(Granularity.WEEK, null, null, null).total();
        // (2 + 4 + 6 + 1 + 3 + 2) / 6 seconds.
        assertThat(all.botFirstResponseSeconds()).isCloseTo(3.0, within(1e-9));
        // H2, H3 and the never-claimed H6; waits and times only of the claimed ones.
        assertThat(all.handoffs()).isEqualTo(3);
        assertThat(all.queueWaitSeconds()).isCloseTo((120 + 240) / 2.0, within(1e-9));
        assertThat(all.agentFirstResponseSeconds()).isCloseTo((30 + 60) / 2.0, within(1e-9));
        assertThat(all.handleTimeSeconds()).isCloseTo((600 + 1200) / 2.0, within(1e-9));
    }

    @Test
    void notUnderstoodIsTheShareOfCustomerTurnsBelowTheConfidenceThreshold() {
        PeriodFigures all = dashboard(Granularity.WEEK, null, null, null).total();
        // 2 + 2 + 2 + 1 + 2 + 1 turns (C2's message to the agent is not the bot's); only C2's 0.1 is below 0.30
        // (C5's out-of-scope message was understood: just not the shop's business).
        assertThat(all.customerTurns()).isEqualTo(10);
        assertThat(all.notUnderstoodTurns()).isEqualTo(1);
        assertThat(all.notUnderstoodRate()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void satisfactionOfTheBotAndOfTheAgentsApart() {
        Dashboard d = dashboard(Granularity.WEEK, null, null, null);
        assertThat(d.botSurveys().offered()).isEqualTo(2);
        assertThat(d.botSurveys().answered()).isEqualTo(1);
        assertThat(d.botSurveys().skipped()).isEqualTo(1);
        assertThat(d.botSurveys().average()).isEqualTo(5.0);
        assertThat(d.botSurveys().distribution()).containsExactly(0L, 0L, 0L, 0L, 1L);
        assertThat(d.botSurveys().responseRate()).isEqualTo(0.5);
        assertThat(d.agentSurveys().answered()).isEqualTo(2);
        assertThat(d.agentSurveys().average()).isEqualTo(3.0);
        assertThat(d.agentSurveys().distribution()).containsExactly(0L, 1L, 0L, 1L, 0L);
    }

    @Test
    void articleHelpfulnessAndTheBotRatingOfTheArticleThatAnswered() {
        List<ArticleFigures> articles = dashboard(Granularity.WEEK, null, null, null).articles();
        // The agent survey of C3 does not rate the article the bot gave before the hand-over.
        assertThat(articles).containsExactly(new ArticleFigures("delivery-times", 1, 0, 1.0, 1, 5.0),
                new ArticleFigures("how-to-return", 0, 1, 0.0, 0, null));
    }

    @Test
    void topIntentsByUnderstoodMessagesWithTheirConversationsAndRatings() {
        List<IntentFigures> intents = dashboard(Granularity.WEEK, null, null, null).intents();
        // thanks is small talk; C5's out-of-scope and C2's 0.1 are no intent; C2's WITH_AGENT turn is not counted.
        assertThat(intents).containsExactly(new IntentFigures("track_order", 3, 3, 1, 5.0),
                new IntentFigures("contact_human_agent", 2, 2, 1, 4.0),
                new IntentFigures("complaint", 1, 0, 0, null),
                new IntentFigures("return_item", 1, 1, 1, 2.0));
    }

    @Test
    void agentsFiguresAndTickets() {
        Dashboard d = dashboard(Granularity.WEEK, null, null, null);
        assertThat(d.agents()).containsExactly(new AgentFigures("agent1", "Priya", 1, 1, 120.0, 30.0, 600.0, 1, 4.0),
                new AgentFigures("agent2", "Tom", 1, 1, 240.0, 60.0, 1200.0, 1, 2.0));
        assertThat(d.total().ticketsCreated()).isEqualTo(2);
        assertThat(d.total().ticketsClosed()).isEqualTo(1);
        assertThat(d.openTickets()).isEqualTo(openTicketsBefore + 1);
    }

    @Test
    void cutsThePeriodIntoIsoWeeks() {
        List<PeriodFigures> weeks = dashboard(Granularity.WEEK, null, null, null).periods();
        assertThat(weeks).extracting(PeriodFigures::label).containsExactly("2026-W10", "2026-W11");
        PeriodFigures w10 = weeks.get(0);
        // C1..C4: contained C1, C4; escalated C2, C3; FCR eligible C1, C3, C4, resolved C3, C4.
        assertThat(w10.conversations()).isEqualTo(4);
        assertThat(w10.containmentRate()).isEqualTo(0.5);
        assertThat(w10.fcrEligible()).isEqualTo(3);
        assertThat(w10.fcrResolved()).isEqualTo(2);
        assertThat(w10.botFirstResponseSeconds()).isCloseTo((2 + 4 + 6 + 1) / 4.0, within(1e-9));
        assertThat(w10.customerTurns()).isEqualTo(7);
        assertThat(w10.botCsat()).isEqualTo(5.0);
        assertThat(w10.agentCsat()).isEqualTo(3.0);
        PeriodFigures w11 = weeks.get(1);
        // C5, C6: nothing contained, C6 escalated and not resolved at first contact (C8), no claimed hand-over.
        assertThat(w11.conversations()).isEqualTo(2);
        assertThat(w11.containmentRate()).isEqualTo(0.0);
        assertThat(w11.escalated()).isEqualTo(1);
        assertThat(w11.fcrRate()).isEqualTo(0.0);
        assertThat(w11.botFirstResponseSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(w11.queueWaitSeconds()).isNull();
        assertThat(w11.ticketsCreated()).isEqualTo(2);
    }

    @Test
    void daysAndMonthsCoverThePeriodWithEmptyDaysIncluded() {
        List<PeriodFigures> days = dashboard(Granularity.DAY, null, null, null).periods();
        assertThat(days).hasSize(14);
        assertThat(days.getFirst().label()).isEqualTo("2026-03-02");
        assertThat(days.getFirst().conversations()).isEqualTo(2);
        assertThat(days.get(1).conversations()).isZero();
        assertThat(days.get(1).containmentRate()).isNull();
        assertThat(dashboard(Granularity.MONTH, null, null, null).periods()).extracting(PeriodFigures::label)
                .containsExactly("2026-03");
    }

    @Test
    void filtersByTierAndByIntent() {
        PeriodFigures vip = dashboard(Granularity.WEEK, "VIP", null, null).total();
        // C3 and C6: both escalated, neither contained; C3 resolved at first contact, C6 not.
        assertThat(vip.conversations()).isEqualTo(2);
        assertThat(vip.contained()).isZero();
        assertThat(vip.escalated()).isEqualTo(2);
        assertThat(vip.fcrResolved()).isEqualTo(1);
        assertThat(dashboard(Granularity.WEEK, "GUEST", null, null).total().conversations()).isEqualTo(2);
        PeriodFigures tracking = dashboard(Granularity.WEEK, null, "track_order", null).total();
        // C1, C4, C6.
        assertThat(tracking.conversations()).isEqualTo(3);
        assertThat(tracking.contained()).isEqualTo(2);
        assertThat(dashboard(Granularity.WEEK, null, "none", null).total().conversations()).isZero();
    }

    @Test
    void anAgentsViewHoldsOnlyTheirOwnHandoversAndSurveys() {
        Dashboard priya = dashboard(Granularity.WEEK, null, null, "agent1");
        assertThat(priya.total().handoffs()).isEqualTo(1);
        assertThat(priya.total().queueWaitSeconds()).isEqualTo(120.0);
        assertThat(priya.total().handleTimeSeconds()).isEqualTo(600.0);
        assertThat(priya.agentSurveys().answered()).isEqualTo(1);
        assertThat(priya.agentSurveys().average()).isEqualTo(4.0);
        assertThat(priya.agents()).extracting(AgentFigures::username).containsExactly("agent1");
        // Nothing of the bot's side or of colleagues.
        assertThat(priya.total().conversations()).isZero();
        assertThat(priya.botSurveys().offered()).isZero();
        assertThat(priya.articles()).isEmpty();
        assertThat(priya.intents()).isEmpty();
        assertThat(priya.escalationReasons()).isEmpty();
    }
}
