package org.shopchat.intents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * {@link TextNormaliser#normalise} as it was before its fast paths (issue 12): every step a regular expression, run
 * on every text, with the same contraction and spelling lists ({@link TextNormaliser#expand}). The specification the
 * fast paths are tested against in {@code TextNormaliserTest}: a deliberate change of what the normaliser produces
 * (with a new {@link TextNormaliser#VERSION}) is made here too.
 */
final class RegexTextNormaliser {

    private static final String URL_TOKEN = TextNormaliser.URL_TOKEN;
    private static final String EMAIL_TOKEN = TextNormaliser.EMAIL_TOKEN;
    private static final String ORDER_NUMBER_TOKEN = TextNormaliser.ORDER_NUMBER_TOKEN;
    private static final String MONEY_TOKEN = TextNormaliser.MONEY_TOKEN;
    private static final String NUMBER_TOKEN = TextNormaliser.NUMBER_TOKEN;

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    // Looser than the entity extractor on purpose: a typed "nw20481" is still an order number for the intent.
    private static final Pattern ORDER_NUMBER = Pattern.compile("#?\\bnw[\\s-]?#?\\d{4,8}\\b");
    private static final Pattern MONEY = Pattern.compile("[£$€]\\s?\\d[\\d,]*(?:\\.\\d+)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:pounds?|quid|gbp|euros?|dollars?|p)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*(?:st|nd|rd|th)?");
    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}?!' ]+");
    private static final Pattern MARKS = Pattern.compile("([?!])\\1*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The normalised text: lower case, placeholders for entities, contractions expanded, words separated by spaces. */
    String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .toLowerCase(Locale.ROOT);
        s = URL.matcher(s).replaceAll(" " + URL_TOKEN + " ");
        s = EMAIL.matcher(s).replaceAll(" " + EMAIL_TOKEN + " ");
        s = ORDER_NUMBER.matcher(s).replaceAll(" " + ORDER_NUMBER_TOKEN + " ");
        s = MONEY.matcher(s).replaceAll(" " + MONEY_TOKEN + " ");
        s = NUMBER.matcher(s).replaceAll(" " + NUMBER_TOKEN + " ");
        s = ELONGATION.matcher(s).replaceAll("$1$1");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        // Repeated "!!!" carries emotion, not intent: keep one mark, as a word of its own.
        s = MARKS.matcher(s).replaceAll(" $1 ");
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (String word : SPACES.split(s.trim())) {
            if (word.isEmpty()) {
                continue;
            }
            String mapped = TextNormaliser.expand(word);
            if (!mapped.isEmpty()) {
                out.append(mapped).append(' ');
            }
        }
        return out.toString().trim();
    }

    /** Tokens of the normalised text, split by OpenNLP's tokenizer. */
    String[] tokens(String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return new String[0];
        }
        return SimpleTokenizer.INSTANCE.tokenize(normalised);
    }
}
