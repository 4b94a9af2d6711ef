package org.shopchat.console.replay;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay form's rules, shared by the console page and the command line. */
class ReplayFormTests {

    private static final ReplayCandidate CONFIGURED = new ReplayCandidate(0.3, 0.1, 2, 0.5, 2, -0.35,
            ContentSource.PUBLISHED, Replays.CURRENT_MODEL);
    private static final ReplayForm START = ReplayForm.startingFrom(CONFIGURED);

    @Test
    void theStartingFormIsTheNewestFiftyWithTheConfiguredSettings() {
        ReplayRequest request = START.check(List.of()).request().orElseThrow();

        assertThat(request.selection()).isEqualTo(new ConversationSelection.Latest(50));
        assertThat(request.candidate()).isEqualTo(CONFIGURED);
        assertThat(request.maxExamples()).isEqualTo(20);
    }

    @Test
    void aPeriodRunsFromTheStartOfTheFirstDayToTheEndOfTheLastInUtc() {
        ReplayForm form = new ReplayForm("period", "", "2026-11-01", "2026-11-30", null, null, null, null, null, null,
                null, null, null, null).over(START);

        ConversationSelection selection = form.check(List.of()).request().orElseThrow().selection();

        assertThat(selection).isEqualTo(new ConversationSelection.Period(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"), 50));
    }

    @Test
    void idsAreReadFromAnySeparatorOnceEach() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ReplayForm form = new ReplayForm("ids", null, null, null, a + ",\n" + b + " ; " + a, null, null, null, null,
                null, null, "latest_drafts", null, null).over(START);

        ReplayRequest request = form.check(List.of()).request().orElseThrow();

        assertThat(request.selection()).isEqualTo(new ConversationSelection.Listed(List.of(a, b)));
        assertThat(request.candidate().content()).isEqualTo(ContentSource.LATEST_DRAFTS);
    }

    @Test
    void everyWrongFieldGetsItsOwnMessage() {
        ReplayForm form = new ReplayForm("latest", "501", null, null, null, "-0.1", "abc", "0", "1.01", "21", "-2",
                "everything", "other.bin", "201");

        ReplayForm.Checked checked = form.check(List.of("candidate.bin"));

        assertThat(checked.request()).isEmpty();
        assertThat(checked.errors()).containsOnlyKeys("count", "minConfidence", "clarifyMargin",
                "offerHumanAfterFailures", "escalationMinConfidence", "failuresBeforeEscalation",
                "sentimentTrendThreshold", "content", "model", "examples");
        assertThat(checked.errors().get("sentimentTrendThreshold")).containsExactly("Give a number from -1 to 1.");
        assertThat(checked.firstError()).isEqualTo("count: Give a whole number from 1 to 500.");
    }

    @Test
    void aListedModelFileIsAcceptedAndNothingElse() {
        ReplayForm form = new ReplayForm(null, null, null, null, null, null, null, null, null, null, null, null,
                "candidate.bin", null).over(START);

        assertThat(form.check(List.of("candidate.bin")).request().orElseThrow().candidate().model())
                .isEqualTo("candidate.bin");
        assertThat(form.check(List.of()).errors()).containsOnlyKeys("model");
    }

    @Test
    void tooManyIdsAreRefusedBeforeReadingThem() {
        String many = String.join(",", java.util.stream.Stream.generate(() -> UUID.randomUUID().toString())
                .limit(Replays.MAX_CONVERSATIONS + 1).toList());
        ReplayForm form = new ReplayForm("ids", null, null, null, many, null, null, null, null, null, null, null,
                null, null).over(START);

        assertThat(form.check(List.of()).errors().get("ids")).containsExactly("At most 500 conversation ids.");
    }
}
