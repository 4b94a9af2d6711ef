package org.shopchat.console.replay;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A replay as typed into the console's form or given on the command line: every field as text, checked here once
 * for both, with a message per field that a person understands.
 *
 * @param selection {@code latest}, {@code period} or {@code ids}
 * @param count     how many of the newest conversations ({@code latest}) or at most how many of the period's
 * @param from      first day of the period, {@code yyyy-MM-dd} (UTC)
 * @param to        last day of the period, included
 * @param ids       conversation ids separated by commas, spaces or new lines
 * @param content   {@code PUBLISHED} or {@code LATEST_DRAFTS}
 * @param model     {@link Replays#CURRENT_MODEL} or a model file name
 * @param examples  how many differing turns to show
 */
public record ReplayForm(String selection, String count, String from, String to, String ids,
                         String minConfidence, String clarifyMargin, String offerHumanAfterFailures,
                         String escalationMinConfidence, String failuresBeforeEscalation,
                         String sentimentTrendThreshold, String content, String model, String examples) {

    public static final int MAX_FAILURES = 20;
    public static final int MAX_EXAMPLES = 200;
    static final int DEFAULT_COUNT = 50;
    static final int DEFAULT_EXAMPLES = 20;
    /** Longer than any list of {@link Replays#MAX_CONVERSATIONS} ids needs; anything longer is not read. */
    private static final int MAX_IDS_CHARS = Replays.MAX_CONVERSATIONS * 40;

    /** The form as first shown: the newest conversations with the configured settings. */
    public static ReplayForm startingFrom(ReplayCandidate configured) {
        return new ReplayForm("latest", String.valueOf(DEFAULT_COUNT), "", "", "",
                String.valueOf(configured.minConfidence()), String.valueOf(configured.clarifyMargin()),
                String.valueOf(configured.offerHumanAfterFailures()),
                String.valueOf(configured.escalationMinConfidence()),
                String.valueOf(configured.failuresBeforeEscalation()),
                String.valueOf(configured.sentimentTrendThreshold()), configured.content().name(),
                configured.model(), String.valueOf(DEFAULT_EXAMPLES));
    }

    /** The form with blank fields taken from {@code defaults}, e.g. command-line options given over the configured ones. */
    public ReplayForm over(ReplayForm defaults) {
        return new ReplayForm(or(selection, defaults.selection), or(count, defaults.count), or(from, defaults.from),
                or(to, defaults.to), or(ids, defaults.ids), or(minConfidence, defaults.minConfidence),
                or(clarifyMargin, defaults.clarifyMargin), or(offerHumanAfterFailures, defaults.offerHumanAfterFailures),
                or(escalationMinConfidence, defaults.escalationMinConfidence),
                or(failuresBeforeEscalation, defaults.failuresBeforeEscalation),
                or(sentimentTrendThreshold, defaults.sentimentTrendThreshold), or(content, defaults.content),
                or(model, defaults.model), or(examples, defaults.examples));
    }

    /** The checked request, or the problems per field (field name → messages, in form order). */
    public Checked check(List<String> models) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ConversationSelection chosen = selection(errors);
        Double min = decimal(errors, "minConfidence", minConfidence, 0, 1);
        Double margin = decimal(errors, "clarifyMargin", clarifyMargin, 0, 1);
        Integer offer = whole(errors, "offerHumanAfterFailures", offerHumanAfterFailures, 1, MAX_FAILURES);
        Double escalationMin = decimal(errors, "escalationMinConfidence", escalationMinConfidence, 0, 1);
        Integer failures = whole(errors, "failuresBeforeEscalation", failuresBeforeEscalation, 1, MAX_FAILURES);
        Double trend = decimal(errors, "sentimentTrendThreshold", sentimentTrendThreshold, -1, 1);
        Optional<ContentSource> source = contentSource();
        if (source.isEmpty()) {
            add(errors, "content", "Choose published content or the latest drafts.");
        }
        String chosenModel = blank(model) ? Replays.CURRENT_MODEL : model.strip();
        if (!chosenModel.equals(Replays.CURRENT_MODEL) && !models.contains(chosenModel)) {
            add(errors, "model", "Choose the current model or one of the model files listed.");
        }
        Integer shown = whole(errors, "examples", examples, 0, MAX_EXAMPLES);
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), errors);
        }
        ReplayCandidate candidate = new ReplayCandidate(min, margin, offer, escalationMin, failures, trend,
                source.get(), chosenModel);
        return new Checked(Optional.of(new ReplayRequest(chosen, candidate, shown)), Map.of());
    }

    /** A checked form: the request when every field is right, else the messages per field. */
    public record Checked(Optional<ReplayRequest> request, Map<String, List<String>> errors) {

        /** The first problem as one line, e.g. for the command line. */
        public String firstError() {
            return errors.entrySet().stream().findFirst().map(e -> e.getKey() + ": " + e.getValue().getFirst())
                    .orElse("");
        }
    }

    private ConversationSelection selection(Map<String, List<String>> errors) {
        String kind = blank(selection) ? "latest" : selection.strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "latest" -> {
                Integer n = whole(errors, "count", count, 1, Replays.MAX_CONVERSATIONS);
                return n == null ? null : new ConversationSelection.Latest(n);
            }
            case "period" -> {
                Integer n = blank(count) ? Integer.valueOf(Replays.MAX_CONVERSATIONS)
                        : whole(errors, "count", count, 1, Replays.MAX_CONVERSATIONS);
                LocalDate first = day(errors, "from", from);
                LocalDate last = day(errors, "to", to);
                if (first != null && last != null && last.isBefore(first)) {
                    add(errors, "to", "The last day is on or after the first day.");
                    return null;
                }
                if (n == null || first == null || last == null) {
                    return null;
                }
                return new ConversationSelection.Period(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), n);
            }
            case "ids" -> {
                return listed(errors);
            }
            default -> {
                add(errors, "selection", "Choose the newest conversations, a period, or a list of ids.");
                return null;
            }
        }
    }

    private ConversationSelection listed(Map<String, List<String>> errors) {
        if (blank(ids)) {
            add(errors, "ids", "Give at least one conversation id.");
            return null;
        }
        if (ids.length() > MAX_IDS_CHARS) {
            add(errors, "ids", "At most " + Replays.MAX_CONVERSATIONS + " conversation ids.");
            return null;
        }
        Set<UUID> parsed = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String part : ids.strip().split("[\\s,;]+")) {
            try {
                parsed.add(UUID.fromString(part));
            } catch (IllegalArgumentException e) {
                wrong.add(part);
            }
        }
        if (!wrong.isEmpty()) {
            add(errors, "ids", "Not a conversation id: " + shorten(wrong.getFirst()) + ".");
            return null;
        }
        if (parsed.size() > Replays.MAX_CONVERSATIONS) {
            add(errors, "ids", "At most " + Replays.MAX_CONVERSATIONS + " conversation ids.");
            return null;
        }
        return new ConversationSelection.Listed(List.copyOf(parsed));
    }

    private Optional<ContentSource> contentSource() {
        if (blank(content)) {
            return Optional.of(ContentSource.PUBLISHED);
        }
        try {
            return Optional.of(ContentSource.valueOf(content.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Double decimal(Map<String, List<String>> errors, String field, String text, double min, double max) {
        String message = "Give a number from " + plain(min) + " to " + plain(max) + ".";
        if (blank(text)) {
            add(errors, field, message);
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        add(errors, field, message);
        return null;
    }

    private static Integer whole(Map<String, List<String>> errors, String field, String text, int min, int max) {
        String message = "Give a whole number from " + min + " to " + max + ".";
        if (blank(text)) {
            add(errors, field, message);
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        add(errors, field, message);
        return null;
    }

    private static LocalDate day(Map<String, List<String>> errors, String field, String text) {
        if (blank(text)) {
            add(errors, field, "Give a day as yyyy-mm-dd.");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            add(errors, field, "Give a day as yyyy-mm-dd.");
            return null;
        }
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String or(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
