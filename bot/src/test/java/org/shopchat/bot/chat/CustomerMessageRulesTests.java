package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerMessageRulesTests {

    private final CustomerMessageRules rules = new CustomerMessageRules(new ChatProperties(List.of(), 2000, 65536, java.time.Duration.ofMinutes(10)));

    @Test
    void acceptsAnOrdinaryMessage() {
        assertThat(rules.check(new CustomerMessage("c-1", "Where is my order NW-204815?", null))).isEmpty();
    }

    @Test
    void acceptsExactlyTheLimitAndCountsCharactersNotUtf16Units() {
        assertThat(rules.check(new CustomerMessage("c-1", "a".repeat(2000), null))).isEmpty();
        assertThat(rules.check(new CustomerMessage("c-1", "😀".repeat(2000), null))).isEmpty();
        assertThat(rules.check(new CustomerMessage("c-1", "a".repeat(2001), null)))
                .contains(CustomerMessageRules.Violation.TOO_LONG);
    }

    @Test
    void rejectsEmptyAndBlankMessages() {
        assertThat(rules.check(new CustomerMessage("c-1", "", null))).contains(CustomerMessageRules.Violation.EMPTY);
        assertThat(rules.check(new CustomerMessage("c-1", " \n\t ", null))).contains(CustomerMessageRules.Violation.EMPTY);
        assertThat(rules.check(new CustomerMessage("c-1", null, null))).contains(CustomerMessageRules.Violation.EMPTY);
    }

    @Test
    void requiresAClientMessageIdOfSafeCharacters() {
        assertThat(rules.check(new CustomerMessage(null, "hi", null)))
                .contains(CustomerMessageRules.Violation.MISSING_CLIENT_MESSAGE_ID);
        assertThat(rules.check(new CustomerMessage("<script>", "hi", null)))
                .contains(CustomerMessageRules.Violation.MISSING_CLIENT_MESSAGE_ID);
        assertThat(rules.check(new CustomerMessage("x".repeat(65), "hi", null)))
                .contains(CustomerMessageRules.Violation.MISSING_CLIENT_MESSAGE_ID);
        assertThat(rules.check(null)).contains(CustomerMessageRules.Violation.MISSING_CLIENT_MESSAGE_ID);
    }

    @Test
    void acceptsOnlyWellFormedQuickReplyChoices() {
        assertThat(rules.check(new CustomerMessage("c-1", "Returns",
                new CustomerMessage.Choice("intent", "return_item")))).isEmpty();
        assertThat(rules.check(new CustomerMessage("c-1", "Returns",
                new CustomerMessage.Choice("intent", "<b>")))).contains(CustomerMessageRules.Violation.UNSUPPORTED);
        assertThat(rules.check(new CustomerMessage("c-1", "Returns",
                new CustomerMessage.Choice(null, "x")))).contains(CustomerMessageRules.Violation.UNSUPPORTED);
    }

    @Test
    void rejectsControlCharactersButKeepsLineBreaks() {
        assertThat(rules.check(new CustomerMessage("c-1", "hello\u0000world", null)))
                .contains(CustomerMessageRules.Violation.UNSUPPORTED);
        assertThat(rules.check(new CustomerMessage("c-1", "line one\nline two", null))).isEmpty();
    }
}
