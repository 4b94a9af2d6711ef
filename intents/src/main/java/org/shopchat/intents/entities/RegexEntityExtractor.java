package org.shopchat.intents.entities;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shopchat.intents.EmailAddress;
import org.shopchat.intents.Entity;
import org.shopchat.intents.EntityExtractor;
import org.shopchat.intents.MoneyAmount;
import org.shopchat.intents.OrderNumber;
import org.shopchat.intents.PhoneNumber;
import org.shopchat.intents.Postcode;

/**
 * Finds entities with regular expressions. Finders run in priority order and a later finder may not claim text an
 * earlier one took, so the digits of an order number never also become a phone number or an amount.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegexEntityExtractor implements EntityExtractor {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Za-z]{1,2}\\d[A-Za-z\\d]?) ?(\\d[A-Za-z]{2})(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+44[ -]?(?:\\(0\\)[ -]?)?|0044[ -]?|\\(?0)\\d{2,4}\\)?(?:[ -]?\\d){6,8}(?!\\d)");
    private static final Pattern MONEY_SYMBOL = Pattern.compile(
            "([£$€])[ ]?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?![\\d.,]\\d)");
    private static final Pattern MONEY_WORD = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?[ ]?(pounds?|quid|gbp|euros?|eur|dollars?|usd|p)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_CODE_FIRST = Pattern.compile(
            "(?<!\\p{L})(GBP|EUR|USD)[ ]?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?![\\d.,]\\d)",
            Pattern.CASE_INSENSITIVE);

    private final OrderNumberFormat orderNumberFormat;
    private final Pattern orderNumber;
    private final DateFinder dates;

    /** Northwind order numbers, dates resolved against today in the UK. */
    public RegexEntityExtractor() {
        this(OrderNumberFormat.NORTHWIND, Clock.system(ZoneId.of("Europe/London")));
    }

    public RegexEntityExtractor(OrderNumberFormat orderNumberFormat, Clock clock) {
        this.orderNumberFormat = Objects.requireNonNull(orderNumberFormat);
        this.orderNumber = orderNumberFormat.pattern();
        this.dates = new DateFinder(clock);
    }

    @Override
    public List<Entity> extract(String text) {
        Objects.requireNonNull(text, "text must not be null");
        List<Entity> found = new ArrayList<>();
        addAll(found, emails(text));
        addAll(found, orderNumbers(text));
        addAll(found, money(text));
        addAll(found, phones(text));
        addAll(found, postcodes(text));
        addAll(found, dates.find(text));
        found.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(found);
    }

    private static void addAll(List<Entity> accepted, List<? extends Entity> candidates) {
        for (Entity candidate : candidates) {
            boolean overlaps = accepted.stream()
                    .anyMatch(e -> candidate.start() < e.end() && e.start() < candidate.end());
            if (!overlaps) {
                accepted.add(candidate);
            }
        }
    }

    private List<OrderNumber> orderNumbers(String text) {
        List<OrderNumber> result = new ArrayList<>();
        Matcher m = orderNumber.matcher(text);
        while (m.find()) {
            result.add(new OrderNumber(m.group(), m.start(), m.end(), orderNumberFormat.canonical(m.group(1))));
        }
        return result;
    }

    private static List<EmailAddress> emails(String text) {
        List<EmailAddress> result = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String address = m.group();
            int at = address.lastIndexOf('@');
            String value = address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
            result.add(new EmailAddress(address, m.start(), m.end(), value));
        }
        return result;
    }

    private static List<Postcode> postcodes(String text) {
        List<Postcode> result = new ArrayList<>();
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            String value = (m.group(1) + " " + m.group(2)).toUpperCase(Locale.ROOT);
            result.add(new Postcode(m.group(), m.start(), m.end(), value));
        }
        return result;
    }

    private static List<PhoneNumber> phones(String text) {
        List<PhoneNumber> result = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String digits = raw.replace("(0)", "").replaceAll("\\D", "");
            String national;
            if (raw.startsWith("+44")) {
                national = digits.substring(2);
            } else if (digits.startsWith("0044")) {
                national = digits.substring(4);
            } else {
                national = digits.substring(1);
            }
            // UK national significant numbers: 9 or 10 digits starting 1, 2, 3, 7 or 8 (no 0, 4, 5, 6, 9 ranges).
            if ((national.length() == 10 || national.length() == 9) && "12378".indexOf(national.charAt(0)) >= 0) {
                result.add(new PhoneNumber(raw, m.start(), m.end(), "+44" + national));
            }
        }
        return result;
    }

    private static List<MoneyAmount> money(String text) {
        List<MoneyAmount> result = new ArrayList<>();
        Matcher m = MONEY_SYMBOL.matcher(text);
        while (m.find()) {
            String currency = switch (m.group(1)) {
                case "$" -> "USD";
                case "€" -> "EUR";
                default -> "GBP";
            };
            result.add(amount(m, m.group(2), m.group(3), currency, false));
        }
        m = MONEY_CODE_FIRST.matcher(text);
        while (m.find()) {
            result.add(amount(m, m.group(2), m.group(3), m.group(1).toUpperCase(Locale.ROOT), false));
        }
        m = MONEY_WORD.matcher(text);
        while (m.find()) {
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            String currency = unit.startsWith("eur") ? "EUR" : unit.startsWith("dollar") || unit.equals("usd") ? "USD" : "GBP";
            result.add(amount(m, m.group(1), m.group(2), currency, unit.equals("p")));
        }
        return result;
    }

    private static MoneyAmount amount(Matcher m, String whole, String fraction, String currency, boolean pence) {
        BigDecimal amount = new BigDecimal(whole.replace(",", "") + (fraction == null ? "" : "." + fraction));
        if (pence) {
            amount = amount.movePointLeft(2);
        }
        return new MoneyAmount(m.group(), m.start(), m.end(), amount, Currency.getInstance(currency));
    }
}
