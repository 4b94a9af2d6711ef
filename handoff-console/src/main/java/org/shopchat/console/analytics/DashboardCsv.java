package org.shopchat.console.analytics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes one dashboard table as CSV (RFC 4180, header row first; Apache Commons CSV does the quoting). */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static void write(DashboardTable table, Dashboard d, Writer out) throws IOException {
        CSVFormat format = switch (table) {
            case PERIODS -> header("period", "conversations", "contained", "containment_rate", "escalated",
                    "escalation_rate", "fcr_eligible", "fcr_resolved", "fcr_rate", "bot_first_response_s", "handoffs",
                    "queue_wait_s", "agent_first_response_s", "handle_time_s", "customer_turns",
                    "not_understood_turns", "not_understood_rate", "bot_csat", "agent_csat", "tickets_created",
                    "tickets_closed");
            case REASONS -> header("reason", "conversations", "rate");
            case SURVEYS -> header("phase", "offered", "answered", "skipped", "response_rate", "average", "rated_1",
                    "rated_2", "rated_3", "rated_4", "rated_5");
            case ARTICLES -> header("article", "helpful", "unhelpful", "helpful_rate", "surveys", "csat");
            case INTENTS -> header("intent", "turns", "conversations", "surveys", "csat");
            case AGENTS -> header("agent", "name", "handoffs", "resolved", "queue_wait_s", "first_response_s",
                    "handle_time_s", "surveys", "csat");
        };
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            switch (table) {
                case PERIODS -> {
                    for (PeriodFigures p : d.rowsWithTotal()) {
                        csv.printRecord(p.label(), p.conversations(), p.contained(), p.containmentRate(), p.escalated(),
                                p.escalationRate(), p.fcrEligible(), p.fcrResolved(), p.fcrRate(),
                                p.botFirstResponseSeconds(), p.handoffs(), p.queueWaitSeconds(),
                                p.agentFirstResponseSeconds(), p.handleTimeSeconds(), p.customerTurns(),
                                p.notUnderstoodTurns(), p.notUnderstoodRate(), p.botCsat(), p.agentCsat(),
                                p.ticketsCreated(), p.ticketsClosed());
                    }
                }
                case REASONS -> {
                    for (ReasonFigures r : d.escalationReasons()) {
                        csv.printRecord(r.reason(), r.conversations(), r.rate());
                    }
                }
                case SURVEYS -> {
                    survey(csv, "BOT", d.botSurveys());
                    survey(csv, "AGENT", d.agentSurveys());
                }
                case ARTICLES -> {
                    for (ArticleFigures a : d.articles()) {
                        csv.printRecord(a.articleId(), a.helpful(), a.unhelpful(), a.helpfulRate(), a.surveys(), a.csat());
                    }
                }
                case INTENTS -> {
                    for (IntentFigures i : d.intents()) {
                        csv.printRecord(i.intent(), i.turns(), i.conversations(), i.surveys(), i.csat());
                    }
                }
                case AGENTS -> {
                    for (AgentFigures a : d.agents()) {
                        csv.printRecord(a.username(), a.name(), a.handoffs(), a.resolved(), a.queueWaitSeconds(),
                                a.firstResponseSeconds(), a.handleTimeSeconds(), a.surveys(), a.csat());
                    }
                }
            }
        }
    }

    private static void survey(CSVPrinter csv, String phase, SurveyFigures s) throws IOException {
        List<Long> n = s.distribution();
        csv.printRecord(phase, s.offered(), s.answered(), s.skipped(), s.responseRate(), s.average(), n.get(0),
                n.get(1), n.get(2), n.get(3), n.get(4));
    }

    private static CSVFormat header(String... names) {
        // Null figures (nothing to compute them from) are empty cells, not the word "null".
        return CSVFormat.RFC4180.builder().setHeader(names).setNullString("").get();
    }
}
