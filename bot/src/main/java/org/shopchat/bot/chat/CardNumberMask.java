package org.shopchat.bot.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides payment card numbers a customer types (13–19 digits, spaces or hyphens allowed between them, passing the
 * Luhn check) before the message is stored, logged or shown to an agent: every digit but the last four becomes
 * {@code •}, separators stay, so the agent can see that a number was there and which card it was. Digit runs that fail
 * the Luhn check (order numbers, phone numbers) are left alone.
 */
final class CardNumberMask {

    static final char MASK = '•';
    // Runs of 13–19 digits with at most one space or hyphen between two digits, not part of a longer digit run.
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");

    private CardNumberMask() {
    }

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        boolean changed = false;
        while (matcher.find()) {
            String run = matcher.group();
            String digits = run.replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && luhnValid(digits)) {
                matcher.appendReplacement(masked, Matcher.quoteReplacement(hideAllButLastFour(run)));
                changed = true;
            }
        }
        if (!changed) {
            return text;
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static String hideAllButLastFour(String run) {
        StringBuilder hidden = new StringBuilder(run);
        int keep = 4;
        for (int i = hidden.length() - 1; i >= 0; i--) {
            if (Character.isDigit(hidden.charAt(i))) {
                if (keep > 0) {
                    keep--;
                } else {
                    hidden.setCharAt(i, MASK);
                }
            }
        }
        return hidden.toString();
    }
}
