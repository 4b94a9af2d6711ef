package org.shopchat.bot.learning;

import org.shopchat.console.learning.ModelVersion;
import org.shopchat.console.learning.TrainingStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The intent model versions, their activations and the one training slot, in the tables of Flyway V24. Versions
 * are numbered 1, 2, ... in the order they were started; the shipped model is the first.
 */
@Component
class ModelVersions {

    enum Status { SHIPPED, TRAINING, PASSED, REJECTED, FAILED }

    enum Kind { TWO_STAGE, NGRAM }

    private static final String COLUMNS = "v.version, v.status, v.kind, v.examples, v.intents, v.accuracy,"
            + " v.baseline_version, v.baseline_accuracy, v.gate_margin, v.note, v.requested_by, v.started_at,"
            + " v.finished_at, v.phase, v.percent";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ModelVersions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored parts of a trained model: the n-gram model and, for two stages, the embedding stage. */
    record Blobs(Kind kind, byte[] ngramModel, byte[] embeddingStage) {
    }

    List<ModelVersion> all() {
        int active = activeVersion().orElse(0);
        return jdbc.query("select " + COLUMNS + " from intent_model_version v order by v.version desc",
                (rs, i) -> view(rs, active));
    }

    Optional<ModelVersion> find(int version) {
        int active = activeVersion().orElse(0);
        return jdbc.query("select " + COLUMNS + " from intent_model_version v where v.version = ?",
                (rs, i) -> view(rs, active), version).stream().findFirst();
    }

    Optional<Integer> activeVersion() {
        return jdbc.query("select version from intent_model_activation order by id desc fetch first 1 rows only",
                (rs, i) -> rs.getInt(1)).stream().findFirst();
    }

    TrainingStatus newestTraining() {
        return jdbc.query("select version, status, phase, percent from intent_model_version"
                        + " where status <> 'SHIPPED' order by version desc fetch first 1 rows only",
                (rs, i) -> new TrainingStatus(rs.getInt(1), Status.TRAINING.name().equals(rs.getString(2)),
                        rs.getString(3), rs.getInt(4), rs.getString(2))).stream().findFirst()
                .orElse(TrainingStatus.NONE);
    }

    Optional<Blobs> blobs(int version) {
        return jdbc.query("select kind, ngram_model, embedding_stage from intent_model_version where version = ?"
                        + " and ngram_model is not null",
                (rs, i) -> new Blobs(Kind.valueOf(rs.getString(1)), rs.getBytes(2), rs.getBytes(3)), version)
                .stream().findFirst();
    }

    /** The shipped model as version 1, active; the caller makes sure this happens once. */
    void recordShipped(Kind kind, int examples, int intents) {
        Timestamp now = now();
        jdbc.update("insert into intent_model_version (version, status, kind, examples, intents, phase, percent,"
                        + " requested_by, started_at, finished_at, heartbeat_at)"
                        + " values (1, 'SHIPPED', ?, ?, ?, 'shipped with the application', 100, 'shipped', ?, ?, ?)",
                kind.name(), examples, intents, now, now, now);
        jdbc.update("insert into intent_model_activation (version, reason, activated_by, activated_at)"
                + " values (1, 'SHIPPED', 'shipped', ?)", now);
    }

    /**
     * Takes the training slot for {@code holder} if it is free or its holder went silent for longer than
     * {@code stale}; one atomic update, so of two instances asking at once only one gets it.
     */
    boolean takeSlot(String holder, Duration stale) {
        Timestamp now = now();
        boolean taken = jdbc.update("update intent_training_slot set holder = ?, heartbeat_at = ? where id = 1"
                + " and (holder is null or heartbeat_at < ?)", holder, now, Timestamp.from(clock.instant()
                .minus(stale))) == 1;
        if (taken) {
            jdbc.update("update intent_model_version set status = 'FAILED', percent = 100, finished_at = ?,"
                    + " phase = 'abandoned', note = 'its instance stopped while training' where status = 'TRAINING'",
                    now);
        }
        return taken;
    }

    void freeSlot(String holder) {
        jdbc.update("update intent_training_slot set holder = null, heartbeat_at = null where id = 1 and holder = ?",
                holder);
    }

    int startCandidate(Kind kind, String requestedBy) {
        Integer last = jdbc.queryForObject("select max(version) from intent_model_version", Integer.class);
        int version = (last == null ? 1 : last) + 1;
        Timestamp now = now();
        jdbc.update("insert into intent_model_version (version, status, kind, examples, intents, phase, percent,"
                        + " requested_by, started_at, heartbeat_at) values (?, 'TRAINING', ?, 0, 0, 'queued', 0, ?, ?, ?)",
                version, kind.name(), requestedBy, now, now);
        return version;
    }

    void progress(int version, String holder, String phase, int percent) {
        Timestamp now = now();
        jdbc.update("update intent_model_version set phase = ?, percent = ?, heartbeat_at = ? where version = ?"
                + " and status = 'TRAINING'", fit(phase, 200), percent, now, version);
        jdbc.update("update intent_training_slot set heartbeat_at = ? where id = 1 and holder = ?", now, holder);
    }

    /** Keeps the slot while a long phase reports nothing. */
    void progressBeat(String holder) {
        jdbc.update("update intent_training_slot set heartbeat_at = ? where id = 1 and holder = ?", now(), holder);
    }

    void trained(int version, int examples, int intents) {
        jdbc.update("update intent_model_version set examples = ?, intents = ? where version = ?", examples, intents,
                version);
    }

    /** Records the gate's decision with the model; a passing candidate becomes active in the same step. */
    void judged(int version, Blobs blobs, ModelGate gate, int baselineVersion, double seconds) {
        Timestamp now = now();
        Status status = gate.passed() ? Status.PASSED : Status.REJECTED;
        jdbc.update("update intent_model_version set status = ?, ngram_model = ?, embedding_stage = ?, accuracy = ?,"
                        + " baseline_version = ?, baseline_accuracy = ?, gate_margin = ?, phase = ?, percent = 100,"
                        + " note = ?, finished_at = ?, heartbeat_at = ? where version = ?",
                status.name(), blobs.ngramModel(), blobs.embeddingStage(), gate.candidate(), baselineVersion,
                gate.active(), gate.margin(), gate.passed() ? "activated: passed the gate" : "rejected by the gate",
                fit(gate.explanation() + String.format(java.util.Locale.ROOT, "; %.1f s", seconds), 2000), now, now,
                version);
        if (gate.passed()) {
            activate(version, "GATE", "gate");
        }
    }

    void failed(int version, String why) {
        Timestamp now = now();
        jdbc.update("update intent_model_version set status = 'FAILED', phase = 'failed', percent = 100, note = ?,"
                + " finished_at = ?, heartbeat_at = ? where version = ?", fit(why, 2000), now, now, version);
    }

    /** Measured held-out accuracy of a version that had none yet (the shipped one). */
    void measured(int version, double accuracy) {
        jdbc.update("update intent_model_version set accuracy = ? where version = ? and accuracy is null", accuracy,
                version);
    }

    void activate(int version, String reason, String by) {
        jdbc.update("insert into intent_model_activation (version, reason, activated_by, activated_at)"
                + " values (?, ?, ?, ?)", version, reason, by, now());
    }

    private static ModelVersion view(ResultSet rs, int active) throws SQLException {
        Timestamp started = rs.getTimestamp("started_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        String status = rs.getString("status");
        Double seconds = finished == null || Status.SHIPPED.name().equals(status) ? null
                : Duration.between(started.toInstant(), finished.toInstant()).toMillis() / 1000.0;
        return new ModelVersion(rs.getInt("version"), status, rs.getString("kind"), rs.getInt("examples"),
                rs.getInt("intents"), rs.getObject("accuracy", Double.class),
                rs.getObject("baseline_version", Integer.class), rs.getObject("baseline_accuracy", Double.class),
                rs.getObject("gate_margin", Double.class), seconds,
                Optional.ofNullable(rs.getString("note")).orElse(rs.getString("phase")), rs.getString("requested_by"),
                started.toInstant(), rs.getInt("version") == active);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String fit(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
