package org.shopchat.bot.replay;

import org.shopchat.console.replay.ReplayCandidate;
import org.shopchat.console.replay.ReplayReport;
import org.shopchat.console.replay.TurnDifference;

import java.util.Locale;
import java.util.stream.Collectors;

/** A replay report as plain text for a terminal. */
final class ReplayReportText {

    private ReplayReportText() {
    }

    static String of(ReplayReport report) {
        StringBuilder text = new StringBuilder();
        ReplayCandidate c = report.candidate();
        text.append(String.format(Locale.ROOT, "Replay of %d conversations: %d customer messages decided again,"
                + " %d taken as recorded%s%n", report.conversations(), report.turns(), report.notRerun(),
                report.missing() > 0 ? ", " + report.missing() + " ids not found" : ""));
        text.append(String.format(Locale.ROOT, "Candidate: confidence threshold %s, clarification margin %s, offer a"
                        + " person after %d failures; escalation from confidence %s, after %d failures, sentiment"
                        + " trend below %s; content %s; model %s%n", c.minConfidence(), c.clarifyMargin(),
                c.offerHumanAfterFailures(), c.escalationMinConfidence(), c.failuresBeforeEscalation(),
                c.sentimentTrendThreshold(), c.content().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                c.model()));
        if (!report.draftArticles().isEmpty()) {
            text.append("Drafts answered from: ").append(String.join(", ", report.draftArticles()))
                    .append(System.lineSeparator());
        }
        text.append(String.format(Locale.ROOT, "Turns that would change: %d%n", report.changedTurns()));
        for (TurnDifference.Change change : TurnDifference.Change.values()) {
            text.append(String.format(Locale.ROOT, "  %-18s %d%n", change.label(), report.count(change)));
        }
        if (!report.examples().isEmpty()) {
            text.append("Examples:").append(System.lineSeparator());
        }
        for (TurnDifference d : report.examples()) {
            text.append(String.format(Locale.ROOT, "  %s #%d \"%s\"%n", d.conversationId(), d.seq(),
                    oneLine(d.customerText())));
            text.append(String.format(Locale.ROOT, "    %s; intent %s -> %s; answer %s -> %s%n",
                    d.changes().stream().sorted().map(TurnDifference.Change::label).collect(Collectors.joining(", ")),
                    d.recordedIntent(), d.replayedIntent(), d.recordedAnswer(), d.replayedAnswer()));
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
