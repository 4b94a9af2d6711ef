package org.shopchat.intents.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Signs that a customer is past ordinary annoyance and a human should probably step in. Phrase lists written for
 * this project (Apache-2.0) from typical UK retail complaints. Immutable and thread-safe.
 */
final class DistressCues {

    static final String THREAT_TO_LEAVE = "threat_to_leave";
    static final String LEGAL_THREAT = "legal_threat";
    static final String PROFANITY = "profanity";
    static final String REPEATED_REQUEST = "repeated_request";
    static final String SHOUTING = "shouting";
    static final String EMOTIONAL_DISTRESS = "emotional_distress";

    /**
     * A cue: its pattern and literal pieces (lower case ASCII) of which every match contains at least one, so that
     * a text containing none of them needs no regex run. {@code find} runs the pattern only then. Each pattern is
     * case-insensitive for ASCII letters only; lower-casing the text folds those the same way (and others besides,
     * which can only make a piece appear, never hide one), so every match's pieces are in the lower-cased text.
     * Most messages contain no piece of any cue, and a regex of many alternatives tries each of them at every
     * position of the text.
     */
    private record Cue(String name, Pattern pattern, String... anchors) {

        boolean in(String text, String lowerCase) {
            for (String anchor : anchors) {
                if (lowerCase.contains(anchor)) {
                    return pattern.matcher(text).find();
                }
            }
            return false;
        }
    }

    private static final List<Cue> CUES = List.of(
            new Cue(THREAT_TO_LEAVE, Pattern.compile(String.join("|",
                    "never (?:again )?(?:shop|order|buy|use you|purchase)\\w* (?:\\w+ ){0,3}again",
                    "never (?:shopping|ordering|buying) (?:\\w+ ){0,3}again",
                    "(?:take|taking) my (?:business|custom|money) (?:elsewhere|somewhere else)",
                    "(?:shop|shopping|go|going) (?:elsewhere|somewhere else)",
                    "(?:you(?:'ve| have)? )?lost (?:a|me as a) customer",
                    "(?:last|final) time i (?:shop|order|buy|use)",
                    "(?:going|switch|switching|moving) to (?:a )?(?:competitor|amazon|another (?:shop|store|retailer))",
                    "(?:leave|leaving) (?:a )?(?:bad|terrible|1 star|one star|awful) review",
                    "tell (?:all )?(?:my friends|everyone)"), Pattern.CASE_INSENSITIVE),
                    "never", "else", "lost", "time i", "competitor", "amazon", "another", "review", "tell"),
            new Cue(LEGAL_THREAT, Pattern.compile(
                    "\\b(?:sue|suing|lawyers?|solicitors?|legal action|take you to court|court|small claims"
                            + "|trading standards|ombudsman|chargeback|citizens advice|report you)\\b",
                    Pattern.CASE_INSENSITIVE),
                    "sue", "suing", "lawyer", "solicitor", "legal action", "court", "small claims",
                    "trading standards", "ombudsman", "chargeback", "citizens advice", "report you"),
            new Cue(PROFANITY, Pattern.compile(
                    "\\b(?:f+u+c+k\\w*|fck\\w*|fk|sh[i1]t\\w*|crap\\w*|bullshit|bollocks|bloody|damn\\w*|wtf|ffs"
                            + "|piss\\w*|arse\\w*|ass(?:hole)?s?|bastards?|bitch\\w*|twats?|wank\\w*|dickheads?|cr[a@]p)\\b",
                    Pattern.CASE_INSENSITIVE),
                    // f+u+c+k always has a u right before a c; sh[i1]t has hit or h1t.
                    "uc", "fck", "fk", "hit", "h1t", "crap", "cr@p", "bollocks", "bloody", "damn", "wtf", "ffs",
                    "piss", "arse", "ass", "bastard", "bitch", "twat", "wank", "dickhead"),
            new Cue(REPEATED_REQUEST, Pattern.compile(String.join("|",
                    "\\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th|umpteenth|hundredth|millionth) time\\b",
                    "\\b(?:asked|told|called|rang|phoned|emailed|messaged|contacted|chased|written)"
                            + " (?:\\w+ ){0,3}(?:twice|three times|four times|several times|multiple times|many times"
                            + "|so many times|\\d+ times|again and again|over and over|repeatedly)",
                    "\\bstill (?:waiting|no (?:reply|response|answer|refund|update|news)|not (?:heard|received|sorted|resolved))",
                    "\\b(?:no ?one|nobody) (?:ever )?(?:replies|answers|responds|gets back|has (?:replied|answered|responded|got back))",
                    "\\b(?:weeks|days|months) (?:and (?:weeks|days|months) )?(?:of|without) (?:waiting|chasing|no reply|a reply)",
                    "\\bhow many (?:more )?times\\b"), Pattern.CASE_INSENSITIVE),
                    // Every ordinal above ends in d or h before " time".
                    "d time", "h time", "twice", "times", "again and again", "over and over", "repeatedly", "still",
                    "no one", "noone", "nobody", "weeks", "days", "months"),
            new Cue(EMOTIONAL_DISTRESS, Pattern.compile(
                    "\\b(?:furious|livid|fuming|outraged|appalled|disgusted|disgusting|in tears|crying|desperate"
                            + "|at my wits'? end|fed up|sick (?:and tired )?of|had enough|can(?:no|')?t cope|panicking"
                            + "|beyond (?:angry|frustrated|annoyed)|absolutely ridiculous|unacceptable|scam(?:med|mers)?)\\b",
                    Pattern.CASE_INSENSITIVE),
                    "furious", "livid", "fuming", "outraged", "appalled", "disgust", "in tears", "crying", "desperate",
                    "wits", "fed up", "sick ", "had enough", "cope", "panicking", "beyond ", "absolutely ridiculous",
                    "unacceptable", "scam"));

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    // Short upper-case tokens that are names, not shouting.
    private static final Pattern ACRONYM = Pattern.compile("NW|UK|GBP|EU|US|USA|ID|PIN|OK|VAT|DPD|DHL|UPS|GDPR|PDF|TV|XL|XXL|XS|I|A");

    List<String> find(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return cues(text, cue -> cue.in(text, lowerCase));
    }

    /** What {@link #find} gives without the anchors: every pattern run on the text. For tests. */
    List<String> findByPatternsOnly(String text) {
        return cues(text, cue -> cue.pattern().matcher(text).find());
    }

    private static List<String> cues(String text, Predicate<Cue> present) {
        List<String> cues = new ArrayList<>();
        for (Cue cue : CUES) {
            if (present.test(cue)) {
                cues.add(cue.name());
            }
        }
        if (isShouting(text)) {
            cues.add(SHOUTING);
        }
        return cues;
    }

    /** Three or more all-caps words making up most of the letters: a whole message in capitals. */
    static boolean isShouting(String text) {
        int capsWords = 0;
        int letters = 0;
        int upper = 0;
        for (String word : NOT_LETTERS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            letters += word.length();
            if (word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT)) && !ACRONYM.matcher(word).matches()) {
                capsWords++;
                upper += word.length();
            }
        }
        return capsWords >= 3 && letters > 0 && upper >= 0.6 * letters;
    }
}
