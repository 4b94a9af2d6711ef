package org.shopchat.bot.replay;

import org.shopchat.console.replay.ReplayForm;
import org.shopchat.console.replay.ReplayReport;
import org.shopchat.console.replay.ReplayRequest;
import org.shopchat.console.replay.Replays;
import org.shopchat.intents.Nlu;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The command line: with {@code --replay} (or any {@code --replay.*} option) the application runs one replay against
 * its configured database once it has started, prints the report (text, or JSON with {@code --replay.json}) and
 * exits: 0 after a report, 2 for bad arguments (one line on standard error), 1 when the replay failed. Options are
 * checked by the same rules as the console's form. See README ("Replay").
 */
@Component
class ReplayCommand implements ApplicationRunner {

    static final String FLAG = "replay";
    private static final String PREFIX = FLAG + ".";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    /** Option (after {@code --replay.}) → form field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("last", "count"), Map.entry("max", "count"), Map.entry("from", "from"), Map.entry("to", "to"),
            Map.entry("ids", "ids"), Map.entry("min-confidence", "minConfidence"),
            Map.entry("clarify-margin", "clarifyMargin"), Map.entry("offer-human-after", "offerHumanAfterFailures"),
            Map.entry("escalation-min-confidence", "escalationMinConfidence"),
            Map.entry("failures-before-escalation", "failuresBeforeEscalation"),
            Map.entry("sentiment-trend-threshold", "sentimentTrendThreshold"), Map.entry("model", "model"),
            Map.entry("examples", "examples"));
    private static final Set<String> FLAGS = Set.of("json", "drafts");

    private final ConsoleReplays replays;
    private final JsonMapper json;
    private final ApplicationContext context;

    ReplayCommand(ConsoleReplays replays, JsonMapper json, ApplicationContext context) {
        this.replays = replays;
        this.json = json;
        this.context = context;
    }

    /** Whether the command line asks for a replay (then the application exits after it). */
    static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--" + FLAG) || a.startsWith("--" + FLAG + "=")
                || a.startsWith("--" + PREFIX));
    }

    /**
     * The arguments with what a replay run needs when it is asked for: no fixed web port (a running instance may
     * hold it) and no log lines on standard output, which carries the report.
     */
    static String[] withReplayDefaults(String... args) {
        if (!requested(args)) {
            return args;
        }
        List<String> all = new ArrayList<>();
        if (Arrays.stream(args).noneMatch(a -> a.startsWith("--server.port="))) {
            all.add("--server.port=0");
        }
        all.add("--logging.threshold.console=ERROR");
        all.add("--spring.main.banner-mode=off");
        all.addAll(Arrays.asList(args));
        return all.toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!requested(arguments.getSourceArgs())) {
            return;
        }
        int code = execute(arguments, System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the replay the arguments ask for and prints it; the exit code. */
    int execute(ApplicationArguments arguments, PrintStream out, PrintStream err) {
        Parsed parsed;
        try {
            parsed = parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            return BAD_ARGUMENTS;
        }
        try {
            ReplayReport report = parsed.model() == null ? replays.run(parsed.request())
                    : replays.run(parsed.request(), parsed.model());
            out.print(parsed.json() ? json.writerWithDefaultPrettyPrinter().writeValueAsString(report)
                    + System.lineSeparator() : ReplayReportText.of(report));
            out.flush();
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            return BAD_ARGUMENTS;
        } catch (RuntimeException e) {
            err.println("replay failed: " + e);
            return FAILED;
        }
    }

    private record Parsed(ReplayRequest request, Nlu model, boolean json) {
    }

    private Parsed parse(ApplicationArguments arguments) {
        if (!arguments.getNonOptionArgs().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument " + arguments.getNonOptionArgs().getFirst()
                    + " (options are --replay.NAME=VALUE)");
        }
        Map<String, String> fields = new java.util.HashMap<>();
        boolean json = false;
        boolean drafts = false;
        List<String> selections = new ArrayList<>();
        if (arguments.containsOption(FLAG) && !arguments.getOptionValues(FLAG).isEmpty()) {
            throw new IllegalArgumentException("--" + FLAG + " takes no value (options are --replay.NAME=VALUE)");
        }
        for (String option : arguments.getOptionNames()) {
            if (!option.startsWith(PREFIX)) {
                continue;
            }
            String name = option.substring(PREFIX.length());
            List<String> values = arguments.getOptionValues(option);
            if (values.size() > 1) {
                throw new IllegalArgumentException("--" + option + " is given more than once");
            }
            String value = values.isEmpty() ? null : values.getFirst();
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new IllegalArgumentException("--" + option + " takes no value");
                }
                json |= name.equals("json");
                drafts |= name.equals("drafts");
                continue;
            }
            String field = FIELDS.get(name);
            if (field == null) {
                throw new IllegalArgumentException("unknown option --" + option + " (known: "
                        + String.join(", ", Stream.concat(FIELDS.keySet().stream(), FLAGS.stream()).sorted().toList())
                        + ")");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + option + " needs a value");
            }
            fields.put(field, value);
            switch (name) {
                case "last" -> selections.add("latest");
                case "from", "to" -> selections.add("period");
                case "ids" -> selections.add("ids");
                default -> { }
            }
        }
        List<String> kinds = selections.stream().distinct().toList();
        if (kinds.size() > 1) {
            throw new IllegalArgumentException("choose one of --replay.last, --replay.from/--replay.to, --replay.ids");
        }
        String selection = kinds.isEmpty() ? "latest" : kinds.getFirst();
        if (fields.containsKey("count") && arguments.containsOption(PREFIX + "max") && !selection.equals("period")) {
            throw new IllegalArgumentException("--replay.max goes with --replay.from and --replay.to");
        }
        String modelOption = fields.get("model");
        Path modelFile = null;
        List<String> models = replays.models();
        if (modelOption != null && !modelOption.equals(Replays.CURRENT_MODEL) && !models.contains(modelOption)) {
            modelFile = Path.of(modelOption);
            if (!Files.isRegularFile(modelFile) || !Files.isReadable(modelFile)) {
                throw new IllegalArgumentException("--replay.model: no readable model file " + modelOption);
            }
            models = List.of(modelOption);
        }
        ReplayForm given = new ReplayForm(selection, fields.get("count"), fields.get("from"), fields.get("to"),
                fields.get("ids"), fields.get("minConfidence"), fields.get("clarifyMargin"),
                fields.get("offerHumanAfterFailures"), fields.get("escalationMinConfidence"),
                fields.get("failuresBeforeEscalation"), fields.get("sentimentTrendThreshold"),
                drafts ? "LATEST_DRAFTS" : "PUBLISHED", fields.get("model"), fields.get("examples"));
        ReplayForm defaults = ReplayForm.startingFrom(replays.configured());
        if (selection.equals("period") && fields.get("count") == null) {
            defaults = new ReplayForm(defaults.selection(), String.valueOf(Replays.MAX_CONVERSATIONS), "", "", "",
                    defaults.minConfidence(), defaults.clarifyMargin(), defaults.offerHumanAfterFailures(),
                    defaults.escalationMinConfidence(), defaults.failuresBeforeEscalation(),
                    defaults.sentimentTrendThreshold(), defaults.content(), defaults.model(), defaults.examples());
        }
        ReplayForm.Checked checked = given.over(defaults).check(models);
        if (checked.request().isEmpty()) {
            throw new IllegalArgumentException(optionOf(checked.firstError()));
        }
        ReplayRequest request = checked.request().get();
        Nlu model = modelFile != null ? ModelFiles.read(modelFile) : null;
        return new Parsed(request, model, json);
    }

    /** A form field's error in the command line's words: "minConfidence: ..." becomes "--replay.min-confidence: ...". */
    private static String optionOf(String error) {
        int colon = error.indexOf(':');
        String field = colon < 0 ? "" : error.substring(0, colon);
        String option = FIELDS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .filter(o -> !o.equals("max")).findFirst().orElse(field);
        return "--" + PREFIX + option + error.substring(Math.max(colon, 0));
    }
}
