package org.shopchat.bot.conversation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConversationTokenTests {

    @Test
    void randomTokensCarry256BitsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ConversationToken token = ConversationToken.random();
            assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token.value())).isTrue();
        }
    }

    @Test
    void storesOnlyAHashThatIsStablePerToken() {
        ConversationToken token = ConversationToken.random();
        assertThat(token.hash()).hasSize(64).isEqualTo(new ConversationToken(token.value()).hash())
                .doesNotContain(token.value());
    }

    @Test
    void rejectsAnythingThatIsNotAToken() {
        assertThat(ConversationToken.isWellFormed("abc")).isFalse();
        assertThat(ConversationToken.isWellFormed(null)).isFalse();
        assertThat(ConversationToken.isWellFormed("' or 1=1 --' or 1=1 --' or 1=1 --' or 1=1")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new ConversationToken("short"));
    }

    @Test
    void neverPrintsItsValue() {
        ConversationToken token = ConversationToken.random();
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
