package org.shopchat.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.DateMention;
import org.shopchat.intents.EmailAddress;
import org.shopchat.intents.Entity;
import org.shopchat.intents.MoneyAmount;
import org.shopchat.intents.OrderNumber;
import org.shopchat.intents.PhoneNumber;
import org.shopchat.intents.Postcode;

class RegexEntityExtractorTest {

    // Monday 23 November 2026, midday in London.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

    private final RegexEntityExtractor extractor = new RegexEntityExtractor(OrderNumberFormat.NORTHWIND, CLOCK);

    private <T extends Entity> List<T> find(String text, Class<T> type) {
        return extractor.extract(text).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void normalisesOrderNumbersHoweverTheyAreTyped() {
        for (String written : List.of("NW-123456", "nw 123456", "NW123456", "#NW-123456", "nw-123456", "Nw #123456")) {
            List<OrderNumber> found = find("my order " + written + " is late", OrderNumber.class);
            assertThat(found).as(written).singleElement().satisfies(o -> {
                assertThat(o.value()).isEqualTo("NW-123456");
                assertThat(o.text()).isEqualTo(written);
                assertThat(o.start()).isEqualTo("my order ".length());
            });
        }
    }

    @Test
    void ignoresOrderNumbersWithTheWrongNumberOfDigitsOrInsideWords() {
        assertThat(find("NW-12345 and NW-1234567 and XNW-123456", OrderNumber.class)).isEmpty();
    }

    @Test
    void orderNumberFormatIsConfigurable() {
        var other = new RegexEntityExtractor(OrderNumberFormat.parse("ab-8"), CLOCK);
        assertThat(other.extract("ref AB 12345678 please")).singleElement()
                .isEqualTo(new OrderNumber("AB 12345678", 4, 15, "AB-12345678"));
        assertThatThrownBy(() -> OrderNumberFormat.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsEmailAddressesWithLowerCasedDomain() {
        assertThat(find("mail me at Jo.Bloggs+shop@Example.CO.UK.", EmailAddress.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).isEqualTo("Jo.Bloggs+shop@Example.CO.UK");
                    assertThat(e.value()).isEqualTo("Jo.Bloggs+shop@example.co.uk");
                });
    }

    @Test
    void findsUkPostcodesInCanonicalForm() {
        assertThat(find("deliver to sw1a1aa or M1 1AE please", Postcode.class))
                .extracting(Postcode::value).containsExactly("SW1A 1AA", "M1 1AE");
        assertThat(find("deliver to sw1a1aa", Postcode.class).getFirst().outward()).isEqualTo("SW1A");
    }

    @Test
    void findsUkPhoneNumbersInE164() {
        assertThat(find("call 07700 900123 or +44 (0)20 7946 0018 or 0044 161 496 0000", PhoneNumber.class))
                .extracting(PhoneNumber::value).containsExactly("+447700900123", "+442079460018", "+441614960000");
        assertThat(find("order 0123", PhoneNumber.class)).isEmpty();
    }

    @Test
    void findsMoneyAmountsWithCurrency() {
        assertThat(find("I paid £49.99, then 1,200 pounds, $5, EUR 20 and 50p", MoneyAmount.class))
                .extracting(m -> m.amount().toPlainString() + " " + m.currency().getCurrencyCode())
                .containsExactly("49.99 GBP", "1200 GBP", "5 USD", "20 EUR", "0.50 GBP");
        assertThat(find("£20", MoneyAmount.class).getFirst().amount()).isEqualByComparingTo(BigDecimal.valueOf(20));
    }

    @Test
    void resolvesDatesAgainstTheClock() {
        assertThat(find("ordered yesterday, due tomorrow", DateMention.class)).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 24));
        assertThat(find("it came on 3rd of November and again on 12/11/2026", DateMention.class))
                .extracting(DateMention::date).containsExactly(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 12));
        assertThat(find("since 2026-10-01 or March 5th", DateMention.class)).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 5));
        assertThat(find("last Friday, on Monday, next tuesday", DateMention.class)).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24));
    }

    @Test
    void skipsImpossibleDatesAndTheWordMayWithoutADay() {
        assertThat(find("31/02 is not a date, and may I ask something", DateMention.class)).isEmpty();
    }

    @Test
    void entitiesNeverOverlapAndComeInTextOrder() {
        List<Entity> found = extractor.extract("NW-204815 cost £12.50 to SW1A 1AA, email a@b.com, on 2 June");
        assertThat(found).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("OrderNumber", "MoneyAmount", "Postcode", "EmailAddress", "DateMention");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "Order nw 654321 please";
        OrderNumber o = find(text, OrderNumber.class).getFirst();
        assertThat(text.substring(o.start(), o.end())).isEqualTo(o.text());
    }

    @Test
    void findsNothingInPlainText() {
        assertThat(extractor.extract("hello, where is my parcel?")).isEmpty();
    }
}
