package org.shopchat.bot.chat;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a customer message must be before it is stored. */
@Component
class CustomerMessageRules {

    enum Violation { MISSING_CLIENT_MESSAGE_ID, EMPTY, TOO_LONG, UNSUPPORTED }

    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CHOICE_ACTION = Pattern.compile("[a-z_]{1,32}");
    private static final Pattern CHOICE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    // Control characters other than tab and line breaks have no place in a chat message.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private final ChatProperties properties;

    CustomerMessageRules(ChatProperties properties) {
        this.properties = properties;
    }

    Optional<Violation> check(CustomerMessage message) {
        if (message == null || message.clientMessageId() == null
                || !CLIENT_MESSAGE_ID.matcher(message.clientMessageId()).matches()) {
            return Optional.of(Violation.MISSING_CLIENT_MESSAGE_ID);
        }
        if (message.text() == null || message.text().isBlank()) {
            return Optional.of(Violation.EMPTY);
        }
        if (message.text().codePointCount(0, message.text().length()) > properties.maxMessageChars()) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (CONTROL.matcher(message.text()).find()) {
            return Optional.of(Violation.UNSUPPORTED);
        }
        CustomerMessage.Choice choice = message.choice();
        if (choice != null && (choice.action() == null || !CHOICE_ACTION.matcher(choice.action()).matches()
                || choice.value() == null || !CHOICE_VALUE.matcher(choice.value()).matches())) {
            return Optional.of(Violation.UNSUPPORTED);
        }
        return Optional.empty();
    }

    /** The text as stored: surrounding white space removed, line breaks kept, payment card numbers masked. */
    String clean(String text) {
        return CardNumberMask.mask(text.strip());
    }
}
