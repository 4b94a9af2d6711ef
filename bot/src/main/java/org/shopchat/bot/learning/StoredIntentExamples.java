package org.shopchat.bot.learning;

import org.shopchat.console.learning.ExamplesRejectedException;
import org.shopchat.console.learning.IntentExample;
import org.shopchat.console.learning.IntentExamples;
import org.shopchat.console.learning.IntentSummary;
import org.shopchat.intents.LabeledUtterance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The intent examples in table {@code intent_example} (Flyway V24), with the rules checked on every change. */
@Service
class StoredIntentExamples implements IntentExamples {

    static final int MAX_TEXTS_AT_ONCE = 200;

    private final JdbcTemplate jdbc;
    private final HeldOutSet heldOut;
    private final Clock clock;

    StoredIntentExamples(JdbcTemplate jdbc, HeldOutSet heldOut, Clock clock) {
        this.jdbc = jdbc;
        this.heldOut = heldOut;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IntentSummary> intents() {
        return jdbc.query("select intent, count(*) from intent_example group by intent order by intent",
                (rs, i) -> new IntentSummary(rs.getString(1), rs.getInt(2)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IntentExample> examples(String intent, String query, int limit) {
        String like = "%" + ExampleRules.key(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
        return jdbc.query("select id, intent, text, source, author, changed_at from intent_example"
                        + " where intent = ? and text_key like ? escape '\\' order by changed_at desc, id desc"
                        + " fetch first " + Math.max(1, Math.min(limit, 5_000)) + " rows only",
                (rs, i) -> new IntentExample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), intent == null ? "" : intent, like);
    }

    @Override
    @Transactional
    public int add(String intent, List<String> texts, String author) {
        return add(intent, texts, author, "console");
    }

    @Override
    @Transactional
    public int createIntent(String name, List<String> texts, String author) {
        return createIntent(name, texts, author, "console");
    }

    @Override
    @Transactional
    public int addFromGaps(String intent, boolean newIntent, List<String> texts, String author) {
        return newIntent ? createIntent(intent, texts, author, "gaps") : add(intent, texts, author, "gaps");
    }

    private int add(String intent, List<String> texts, String author, String source) {
        String name = ExampleRules.clean(intent);
        if (!exists(name)) {
            throw ExamplesRejectedException.of("intent", "there is no intent '" + name + "'");
        }
        return insert(name, checked(texts), source, author);
    }

    private int createIntent(String name, List<String> texts, String author, String source) {
        String cleaned = ExampleRules.clean(name);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        ExampleRules.nameProblem(cleaned).or(() -> exists(cleaned)
                        ? Optional.of("there is an intent '" + cleaned + "' already: add the examples to it")
                        : Optional.empty())
                .ifPresent(p -> problems.put("name", List.of(p)));
        List<String> lines;
        try {
            lines = checked(texts);
        } catch (ExamplesRejectedException rejected) {
            problems.putAll(rejected.problems());
            lines = List.of();
        }
        if (!problems.isEmpty()) {
            throw new ExamplesRejectedException(problems);
        }
        return insert(cleaned, lines, source, author);
    }

    @Override
    @Transactional
    public void update(long id, String intent, String text, String author) {
        String name = ExampleRules.clean(intent);
        String cleaned = ExampleRules.clean(text);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (!existsExample(id)) {
            throw ExamplesRejectedException.of("text", "there is no example " + id + " (deleted meanwhile?)");
        }
        if (!exists(name)) {
            problems.put("intent", List.of("there is no intent '" + name + "'"));
        }
        textProblem(cleaned, id).ifPresent(p -> problems.put("text", List.of("the example " + p)));
        if (!problems.isEmpty()) {
            throw new ExamplesRejectedException(problems);
        }
        jdbc.update("update intent_example set intent = ?, text = ?, text_key = ?, author = ?, changed_at = ?"
                + " where id = ?", name, cleaned, ExampleRules.key(cleaned), author, now(), id);
    }

    @Override
    @Transactional
    public void delete(long id) {
        if (jdbc.update("delete from intent_example where id = ?", id) == 0) {
            throw ExamplesRejectedException.of("text", "there is no example " + id + " (deleted meanwhile?)");
        }
    }

    /** Every example, for training: by intent, then in the order they were stored. */
    @Transactional(readOnly = true)
    List<LabeledUtterance> all() {
        return jdbc.query("select intent, text from intent_example order by intent, id",
                (rs, i) -> LabeledUtterance.of(rs.getString(1), rs.getString(2)));
    }

    /** Stores the shipped training examples with their intents; the caller makes sure it happens once. */
    void importShipped(List<LabeledUtterance> shipped) {
        Timestamp at = now();
        Map<String, Boolean> seen = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (LabeledUtterance u : shipped) {
            String text = ExampleRules.clean(u.text());
            String key = ExampleRules.key(text);
            if (seen.putIfAbsent(u.intent().value() + "\t" + key, true) == null) {
                rows.add(new Object[] {u.intent().value(), text, key, at});
            }
        }
        jdbc.batchUpdate("insert into intent_example (intent, text, text_key, source, author, changed_at)"
                + " values (?, ?, ?, 'shipped', 'shipped', ?)", rows);
    }

    private List<String> checked(List<String> texts) {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> given = texts == null ? List.of() : texts;
        for (int i = 0; i < given.size(); i++) {
            String cleaned = ExampleRules.clean(given.get(i));
            if (cleaned.isEmpty()) {
                continue;
            }
            int line = i + 1;
            Integer earlier = firstLine.putIfAbsent(ExampleRules.key(cleaned), line);
            Optional<String> problem = earlier != null ? Optional.of("repeats line " + earlier)
                    : textProblem(cleaned, null);
            problem.ifPresentOrElse(p -> problems.add("line " + line + ": " + p), () -> lines.add(cleaned));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("write at least one example, one per line");
        }
        if (lines.size() > MAX_TEXTS_AT_ONCE) {
            problems.add("at most " + MAX_TEXTS_AT_ONCE + " examples at once, got " + lines.size());
        }
        if (!problems.isEmpty()) {
            throw new ExamplesRejectedException(Map.of("texts", problems));
        }
        return lines;
    }

    private Optional<String> textProblem(String cleaned, Long exceptId) {
        return ExampleRules.textProblem(cleaned)
                .or(() -> heldOut.contains(cleaned)
                        ? Optional.of("is in the held-out test set, which is never trained on: write another")
                        : Optional.empty())
                .or(() -> jdbc.query("select intent from intent_example where text_key = ? and id <> ?"
                                + " order by id fetch first 1 rows only", (rs, i) -> rs.getString(1),
                        ExampleRules.key(cleaned), exceptId == null ? -1L : exceptId).stream().findFirst()
                        .map(other -> "is already an example of '" + other + "'"));
    }

    private int insert(String intent, List<String> texts, String source, String author) {
        Timestamp at = now();
        jdbc.batchUpdate("insert into intent_example (intent, text, text_key, source, author, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                texts.stream().map(t -> new Object[] {intent, t, ExampleRules.key(t), source, author, at}).toList());
        return texts.size();
    }

    private boolean exists(String intent) {
        return !intent.isEmpty() && Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from intent_example where intent = ?", Boolean.class, intent));
    }

    private boolean existsExample(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from intent_example where id = ?",
                Boolean.class, id));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
