package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumberMaskTests {

    @Test
    void masksALuhnValidCardNumberKeepingTheLastFourDigitsAndTheSeparators() {
        assertThat(CardNumberMask.mask("my card is 4111 1111 1111 1111 thanks"))
                .isEqualTo("my card is •••• •••• •••• 1111 thanks");
        assertThat(CardNumberMask.mask("5500-0000-0000-0004")).isEqualTo("••••-••••-••••-0004");
        assertThat(CardNumberMask.mask("4012888888881881")).isEqualTo("••••••••••••1881");
    }

    @Test
    void masksThirteenToNineteenDigitCards() {
        assertThat(CardNumberMask.mask("4222222222222")).isEqualTo("•••••••••2222");
        assertThat(CardNumberMask.mask("6011 0009 9013 9424")).isEqualTo("•••• •••• •••• 9424");
        assertThat(CardNumberMask.mask("3530111333300000")).isEqualTo("••••••••••••0000");
    }

    @Test
    void leavesNumbersThatAreNotCardsAlone() {
        List<String> untouched = List.of(
                "Where is my order NW-204815?",
                "call me on 07700 900123",
                "4111 1111 1111 1112",        // fails the Luhn check
                "411111111111",               // 12 digits: too short
                "41111111111111111111",       // 20 digits: too long
                "postcode SW1A 1AA");
        untouched.forEach(text -> assertThat(CardNumberMask.mask(text)).isEqualTo(text));
    }

    @Test
    void masksEveryCardInAMessage() {
        assertThat(CardNumberMask.mask("old 4111111111111111 new 5500000000000004"))
                .isEqualTo("old ••••••••••••1111 new ••••••••••••0004");
    }

    @Test
    void theStoredTextOfAMessageHasItsCardNumbersMasked() {
        CustomerMessageRules rules = new CustomerMessageRules(new ChatProperties(List.of(), 2000, 65536, java.time.Duration.ofMinutes(10)));
        assertThat(rules.clean("  pay with 4111 1111 1111 1111  ")).isEqualTo("pay with •••• •••• •••• 1111");
    }
}
