package org.shopchat.intents;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Turns a raw chat message into the token sequence the classifier sees.
 *
 * <p>Chat text is noisy in ways that do not change the intent: curly quotes, shouting, "cant" for "can't",
 * "recieve", "pleeease", a specific order number. Folding these together lets 60 examples per intent cover far more
 * variants. Entity values are replaced by placeholder words ({@code xordernumx}, {@code xemailx}, ...): the
 * presence of an order number says something about the intent, its digits do not.
 *
 * <p>Immutable and thread-safe. Changing what it produces changes the features of every model, so bump
 * {@link #VERSION} and retrain when editing it.
 */
public final class TextNormaliser {

    /** Stored in each model so that a model trained with a different normaliser is rejected on load. */
    public static final String VERSION = "1";

    public static final String ORDER_NUMBER_TOKEN = "xordernumx";
    public static final String EMAIL_TOKEN = "xemailx";
    public static final String URL_TOKEN = "xurlx";
    public static final String MONEY_TOKEN = "xmoneyx";
    public static final String NUMBER_TOKEN = "xnumx";

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    // Looser than the entity extractor on purpose: a typed "nw20481" is still an order number for the intent.
    private static final Pattern ORDER_NUMBER = Pattern.compile("#?\\bnw[\\s-]?#?\\d{4,8}\\b");
    private static final Pattern MONEY = Pattern.compile("[£$€]\\s?\\d[\\d,]*(?:\\.\\d+)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:pounds?|quid|gbp|euros?|dollars?|p)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*(?:st|nd|rd|th)?");
    private static final Pattern RAW_URL = Pattern.compile(URL.pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_EMAIL = Pattern.compile(EMAIL.pattern(), Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RAW_ORDER_NUMBER = Pattern.compile(ORDER_NUMBER.pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}?!' ]+");

    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("can't", "can not"), Map.entry("cant", "can not"), Map.entry("cannot", "can not"),
            Map.entry("won't", "will not"), Map.entry("wont", "will not"), Map.entry("shan't", "shall not"),
            Map.entry("ain't", "is not"), Map.entry("dont", "do not"), Map.entry("doesnt", "does not"),
            Map.entry("didnt", "did not"), Map.entry("isnt", "is not"), Map.entry("wasnt", "was not"),
            Map.entry("arent", "are not"), Map.entry("werent", "were not"), Map.entry("havent", "have not"),
            Map.entry("hasnt", "has not"), Map.entry("hadnt", "had not"), Map.entry("couldnt", "could not"),
            Map.entry("wouldnt", "would not"), Map.entry("shouldnt", "should not"), Map.entry("im", "i am"),
            Map.entry("ive", "i have"), Map.entry("youre", "you are"), Map.entry("theyre", "they are"),
            Map.entry("thats", "that is"), Map.entry("whats", "what is"), Map.entry("wheres", "where is"),
            Map.entry("hows", "how is"), Map.entry("theres", "there is"), Map.entry("let's", "let us"),
            Map.entry("it's", "it is"), Map.entry("that's", "that is"), Map.entry("what's", "what is"),
            Map.entry("where's", "where is"), Map.entry("there's", "there is"), Map.entry("here's", "here is"),
            Map.entry("how's", "how is"), Map.entry("who's", "who is"), Map.entry("he's", "he is"),
            Map.entry("she's", "she is"), Map.entry("when's", "when is"), Map.entry("y'all", "you all"));

    private static final Pattern SUFFIX_CONTRACTION = Pattern.compile("(\\p{L})'(s|m|re|ve|ll|d)\\b|(\\p{L})n't\\b");

    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plse", "please"),
            Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("thanx", "thanks"),
            Map.entry("ty", "thank you"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("ya", "you"), Map.entry("yr", "your"), Map.entry("wat", "what"), Map.entry("wot", "what"),
            Map.entry("wich", "which"), Map.entry("hv", "have"), Map.entry("abt", "about"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("2moro", "tomorrow"),
            Map.entry("recieve", "receive"), Map.entry("recieved", "received"), Map.entry("reciept", "receipt"),
            Map.entry("adress", "address"), Map.entry("addres", "address"), Map.entry("adres", "address"),
            Map.entry("acount", "account"), Map.entry("accont", "account"), Map.entry("acc", "account"),
            Map.entry("pasword", "password"), Map.entry("passwrd", "password"), Map.entry("pw", "password"),
            Map.entry("cancell", "cancel"), Map.entry("cancle", "cancel"), Map.entry("canceled", "cancelled"),
            Map.entry("delivary", "delivery"), Map.entry("delievery", "delivery"), Map.entry("deliverey", "delivery"),
            Map.entry("delivry", "delivery"), Map.entry("ordr", "order"), Map.entry("oder", "order"),
            Map.entry("payement", "payment"), Map.entry("paymnet", "payment"), Map.entry("invoce", "invoice"),
            Map.entry("refnd", "refund"), Map.entry("shiping", "shipping"), Map.entry("emial", "email"),
            Map.entry("e-mail", "email"), Map.entry("mail", "email"), Map.entry("newsleter", "newsletter"),
            Map.entry("subscibe", "subscribe"), Map.entry("unsubscibe", "unsubscribe"),
            Map.entry("guarentee", "guarantee"), Map.entry("garantee", "guarantee"), Map.entry("warrenty", "warranty"),
            Map.entry("damged", "damaged"), Map.entry("alot", "a lot"), Map.entry("parcle", "parcel"),
            Map.entry("recived", "received"), Map.entry("arived", "arrived"), Map.entry("untill", "until"),
            Map.entry("discout", "discount"), Map.entry("vouchr", "voucher"), Map.entry("giftcard", "gift card"));

    /** Both lists in one map, for one look-up per word; a word on both is a contraction, as it always was. */
    private static final Map<String, String> WHOLE_WORDS = wholeWords();

    private static final TextNormaliser INSTANCE = new TextNormaliser();

    private static Map<String, String> wholeWords() {
        Map<String, String> words = new HashMap<>(SPELLING);
        words.putAll(CONTRACTIONS);
        return Map.copyOf(words);
    }

    public static TextNormaliser standard() {
        return INSTANCE;
    }

    /** The normalised text: lower case, placeholders for entities, contractions expanded, words separated by spaces. */
    public String normalise(String text) {
        // Every step below gives what its regular expression alone would, but skips the expression when the text
        // cannot contain a match (no digit, no '@', ...): most chat messages match none of them, and running them all
        // was a third of the classifier's time. ASCII text is its own NFKC form.
        boolean ascii = isAscii(text);
        String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
        if (s.contains("http") || s.contains("www.")) {
            s = URL.matcher(s).replaceAll(" " + URL_TOKEN + " ");
        }
        if (s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll(" " + EMAIL_TOKEN + " ");
        }
        if (hasAsciiDigit(s)) {
            s = ORDER_NUMBER.matcher(s).replaceAll(" " + ORDER_NUMBER_TOKEN + " ");
            s = MONEY.matcher(s).replaceAll(" " + MONEY_TOKEN + " ");
            s = NUMBER.matcher(s).replaceAll(" " + NUMBER_TOKEN + " ");
        }
        if (mayHaveElongation(s)) {
            s = ELONGATION.matcher(s).replaceAll("$1$1");
        }
        if (!ascii) {
            s = NOT_WORD.matcher(s).replaceAll(" ");
        }
        // Words are what lies between separators: spaces and, in ASCII text that did not go through NOT_WORD, every
        // character NOT_WORD would have made a space. Each run of one mark is a word of its own: repeated "!!!"
        // carries emotion, not intent, so one mark is kept.
        StringBuilder out = new StringBuilder(s.length() + 16);
        int length = s.length();
        int i = 0;
        while (i < length) {
            char c = s.charAt(i);
            if (c == '?' || c == '!') {
                append(out, c == '?' ? "?" : "!");
                do {
                    i++;
                } while (i < length && s.charAt(i) == c);
            } else if (isSeparator(c)) {
                i++;
            } else {
                int start = i;
                do {
                    i++;
                } while (i < length && !isSeparator(s.charAt(i)) && s.charAt(i) != '?' && s.charAt(i) != '!');
                append(out, s.substring(start, i));
            }
        }
        return out.toString().trim();
    }

    private static void append(StringBuilder out, String word) {
        String mapped = expand(word);
        if (!mapped.isEmpty()) {
            out.append(mapped).append(' ');
        }
    }

    /**
     * A space, or an ASCII character other than a letter, a digit, "'", "?" and "!": what {@link #NOT_WORD} turns
     * into spaces. Other characters are left in a word; in text that is not ASCII, NOT_WORD has already run.
     */
    private static boolean isSeparator(char c) {
        return c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '\'' || c == '?' || c == '!');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #ORDER_NUMBER}, {@link #MONEY} and {@link #NUMBER} can match: each needs a digit 0-9. */
    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #ELONGATION} can match: it needs one letter three times in a row, which outside the BMP is no
     * three equal chars but surrogate pairs, so any surrogate counts as a maybe.
     */
    private static boolean mayHaveElongation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || i + 2 < s.length() && c == s.charAt(i + 1) && c == s.charAt(i + 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as a sentence encoder should see it: links, e-mail addresses and order numbers replaced by the plain
     * words for them, everything else as written. Their characters are noise to the encoder's word pieces (an
     * address pulled "where is NW-100003? my email is alice@example.com" towards contacting customer service).
     */
    public String forEncoder(String text) {
        String s = RAW_URL.matcher(text).replaceAll("a link");
        s = RAW_EMAIL.matcher(s).replaceAll("email address");
        return RAW_ORDER_NUMBER.matcher(s).replaceAll("order number");
    }

    /** Tokens of the normalised text, as OpenNLP's simple tokenizer splits it. */
    public String[] tokens(String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return new String[0];
        }
        // The tokenizer splits where the kind of character changes (letter, digit, other). Words of lower-case ASCII
        // letters and lone marks, one space apart, which is what most messages normalise to, split at the spaces
        // alone, and that is several times faster than the tokenizer's spans.
        return isPlainWords(normalised) ? normalised.split(" ") : SimpleTokenizer.INSTANCE.tokenize(normalised);
    }

    private static boolean isPlainWords(String normalised) {
        char previous = ' ';
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean fits = c >= 'a' && c <= 'z'
                    || c == ' ' && previous != ' '
                    || (c == '?' || c == '!') && (previous == ' ' && (i + 1 == normalised.length()
                            || normalised.charAt(i + 1) == ' '));
            if (!fits) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    /** A word with its contraction expanded or its spelling corrected; empty when nothing of it is left. */
    static String expand(String word) {
        String whole = WHOLE_WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        if (word.indexOf('\'') >= 0) {
            Matcher m = SUFFIX_CONTRACTION.matcher(word);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement;
                if (m.group(3) != null) {
                    replacement = m.group(3) + " not";
                } else {
                    replacement = m.group(1) + switch (m.group(2)) {
                        case "m" -> " am";
                        case "re" -> " are";
                        case "ve" -> " have";
                        case "ll" -> " will";
                        case "d" -> " would";
                        default -> ""; // possessive 's: "order's" is about the order
                    };
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            String result = sb.toString().replace("'", "");
            return SPELLING.getOrDefault(result, result);
        }
        return word;
    }
}
