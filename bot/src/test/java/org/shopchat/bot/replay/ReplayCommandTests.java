package org.shopchat.bot.replay;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code --replay} command line: options, the text and JSON reports, and one-line errors with exit code 2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shopchat.replay.model-directory=" + ReplayTests.MODEL_DIRECTORY)
class ReplayCommandTests {

    @Autowired
    ReplayCommand command;
    @Autowired
    ConversationService conversations;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    static UUID unsure;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void storeFixtureOnce() {
        if (unsure == null) {
            unsure = ReplayTests.chat(conversations, "how long does delivery take?",
                    "do you plant a tree for every order");
        }
    }

    @Test
    void printsTheTextReportOfAHigherThreshold() {
        assertThat(run("--replay", "--replay.ids=" + unsure, "--replay.min-confidence=0.85")).isZero();

        assertThat(stdout()).contains("Replay of 1 conversations: 2 customer messages decided again, 0 taken as recorded")
                .contains("confidence threshold 0.85").contains("Turns that would change: 1")
                .containsPattern("answer +1").containsPattern("escalation lost +0")
                .contains(unsure + " #4 \"do you plant a tree for every order\"")
                .contains("answer; intent place_order -> place_order; answer article:phone-orders -> template:rephrase-help");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void printsJsonWithTheSameFigures() {
        assertThat(run("--replay.ids=" + unsure, "--replay.min-confidence=0.85", "--replay.json")).isZero();

        JsonNode report = json.readTree(stdout());
        assertThat(report.get("conversations").asInt()).isEqualTo(1);
        assertThat(report.get("changedTurns").asInt()).isEqualTo(1);
        assertThat(report.get("changes").get("ANSWER").asInt()).isEqualTo(1);
        assertThat(report.get("examples").get(0).get("replayedAnswer").asString()).isEqualTo("template:rephrase-help");
        assertThat(report.get("candidate").get("minConfidence").asDouble()).isEqualTo(0.85);
    }

    @Test
    void theConfiguredSettingsOverAPeriodChangeNothing() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long stored = jdbc.queryForObject("select count(*) from conversation c where c.created_at >= ? and exists"
                + " (select 1 from message m where m.conversation_id = c.id and m.sender = 'CUSTOMER')", Long.class,
                Timestamp.from(today.atStartOfDay(ZoneOffset.UTC).toInstant()));

        assertThat(run("--replay.from=" + today, "--replay.to=" + today, "--replay.json")).isZero();

        JsonNode report = json.readTree(stdout());
        assertThat(report.get("conversations").asLong()).isEqualTo(Math.min(stored, 500));
        assertThat(report.get("changedTurns").asInt()).isZero();
    }

    @Test
    void badArgumentsGetOneLineAndExitCodeTwo() {
        assertRefused("replay: --replay.min-confidence: Give a number from 0 to 1.", "--replay.min-confidence=2");
        assertRefused("replay: --replay.last: Give a whole number from 1 to 500.", "--replay.last=0");
        assertRefused("replay: --replay.examples: Give a whole number from 0 to 200.", "--replay.examples=many");
        assertRefused("replay: --replay.ids: Not a conversation id: nope.", "--replay.ids=nope");
        assertRefused("replay: --replay.to: The last day is on or after the first day.", "--replay.from=2026-12-02",
                "--replay.to=2026-12-01");
        assertRefused("replay: --replay.from: Give a day as yyyy-mm-dd.", "--replay.from=yesterday",
                "--replay.to=2026-12-01");
        assertRefused("replay: choose one of --replay.last, --replay.from/--replay.to, --replay.ids",
                "--replay.last=5", "--replay.ids=" + unsure);
        assertRefused("replay: --replay.json takes no value", "--replay.json=yes");
        assertRefused("replay: --replay takes no value (options are --replay.NAME=VALUE)", "--replay=last");
        assertRefused("replay: unexpected argument now (options are --replay.NAME=VALUE)", "--replay", "now");
        assertRefused("replay: --replay.model: no readable model file target/no-such-model.bin",
                "--replay.model=target/no-such-model.bin");
        assertRefused("replay: --replay.last is given more than once", "--replay.last=1", "--replay.last=2");
        run("--replay.colour=red");
        assertThat(stderr()).startsWith("replay: unknown option --replay.colour (known: clarify-margin, drafts,");
    }

    @Test
    void onlyAReplayRunGetsARandomPortAndQuietConsole() {
        assertThat(ReplayLaunch.arguments("--server.port=9000")).containsExactly("--server.port=9000");
        assertThat(ReplayLaunch.arguments("--replay.last=3")).contains("--server.port=0",
                "--logging.threshold.console=ERROR", "--replay.last=3");
        assertThat(ReplayLaunch.arguments("--replay", "--server.port=18082")).doesNotContain("--server.port=0");
        assertThat(ReplayCommand.requested("--replayed")).isFalse();
        assertThat(ReplayCommand.requested("--replay=5")).isTrue();
    }

    private void assertRefused(String line, String... args) {
        out.reset();
        err.reset();
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(ReplayCommand.BAD_ARGUMENTS);
        assertThat(stderr()).isEqualTo(line + System.lineSeparator());
        assertThat(stdout()).isEmpty();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return command.execute(new DefaultApplicationArguments(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
