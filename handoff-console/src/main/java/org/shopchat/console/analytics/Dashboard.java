package org.shopchat.console.analytics;

import java.util.List;

/**
 * Everything the dashboard shows for one query. In an agent's view only the agent's own figures are filled in:
 * {@code periods} then carry only hand-over and agent-survey figures, the bot-side lists are empty.
 *
 * @param total      the whole query period as one row
 * @param periods    one row per day, week or month, oldest first
 * @param openTickets offline tickets open now (any period, any filter)
 */
public record Dashboard(AnalyticsQuery query, PeriodFigures total, List<PeriodFigures> periods,
                        List<ReasonFigures> escalationReasons, SurveyFigures botSurveys, SurveyFigures agentSurveys,
                        List<ArticleFigures> articles, List<IntentFigures> intents, List<AgentFigures> agents,
                        long openTickets, List<String> tiers, List<String> intentChoices) {

    public Dashboard {
        periods = List.copyOf(periods);
        escalationReasons = List.copyOf(escalationReasons);
        articles = List.copyOf(articles);
        intents = List.copyOf(intents);
        agents = List.copyOf(agents);
        tiers = List.copyOf(tiers);
        intentChoices = List.copyOf(intentChoices);
    }

    /** The period rows followed by the total row, as the table shows them. */
    public List<PeriodFigures> rowsWithTotal() {
        List<PeriodFigures> rows = new java.util.ArrayList<>(periods);
        rows.add(total);
        return rows;
    }
}
