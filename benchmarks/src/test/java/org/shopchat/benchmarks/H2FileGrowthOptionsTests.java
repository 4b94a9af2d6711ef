package org.shopchat.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class H2FileGrowthOptionsTests {

    @Test
    void defaultsToTheBotsWriteDelayAndABoundedRun() {
        assertThat(H2FileGrowth.Options.parse())
                .isEqualTo(new H2FileGrowth.Options(0, 300, 120, 15));
        assertThat(H2FileGrowth.Options.parse("--write-delay", "500", "--seconds", "30"))
                .isEqualTo(new H2FileGrowth.Options(500, 300, 30, 15));
    }

    @Test
    void refusesBadValuesWithTheOptionsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> H2FileGrowth.Options.parse("--seconds", "0"))
                .withMessage("--seconds must be between 1 and 3600, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> H2FileGrowth.Options.parse("--seconds", "86400"))
                .withMessageContaining("--seconds");
        assertThatIllegalArgumentException().isThrownBy(() -> H2FileGrowth.Options.parse("--write-delay", "-1"))
                .withMessageContaining("--write-delay");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> H2FileGrowth.Options.parse("--commits-per-second", "fast"))
                .withMessage("--commits-per-second must be a whole number, was fast");
        assertThatIllegalArgumentException().isThrownBy(() -> H2FileGrowth.Options.parse("--seconds"))
                .withMessage("--seconds needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> H2FileGrowth.Options.parse("--rate", "3"))
                .withMessage("unknown option --rate");
    }
}
