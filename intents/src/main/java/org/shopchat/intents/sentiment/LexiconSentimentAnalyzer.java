package org.shopchat.intents.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.shopchat.intents.Sentiment;
import org.shopchat.intents.SentimentAnalyzer;
import org.shopchat.intents.SentimentLabel;

/**
 * Rule-based sentiment in the manner of VADER (Hutto &amp; Gilbert 2014), implemented here: word valences from a
 * lexicon, adjusted for intensifiers ("really bad"), negation ("not good"), words in capitals among lower-case
 * text, "but" (what follows it counts more), exclamation and question marks, and emoji. The weights are the
 * empirically derived constants published with VADER. The sum is squashed into [-1, 1].
 *
 * <p>The label is DISTRESSED when a distress cue (threat to leave or sue, profanity, repeated requests, shouting,
 * strong emotional words) comes with a non-positive score, or two different cues appear; otherwise the score
 * decides with VADER's ±0.05 bands. Immutable and thread-safe.
 */
public final class LexiconSentimentAnalyzer implements SentimentAnalyzer {

    static final double NEUTRAL_BAND = 0.05;
    // Compiled once: String.split and replaceAll compile their expression on every call, which was most of the
    // analyser's time.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");

    private static final double BOOSTER_STEP = 0.293;
    private static final double CAPS_STEP = 0.733;
    private static final double NEGATION_FACTOR = -0.74;
    private static final double EXCLAMATION_STEP = 0.292;
    private static final double QUESTION_STEP = 0.18;
    private static final double NORMALISATION_ALPHA = 15.0;

    private static final Map<String, Double> BOOSTERS = Map.ofEntries(
            Map.entry("absolutely", 1.0), Map.entry("amazingly", 1.0), Map.entry("awfully", 1.0),
            Map.entry("completely", 1.0), Map.entry("deeply", 1.0), Map.entry("enormously", 1.0),
            Map.entry("entirely", 1.0), Map.entry("especially", 1.0), Map.entry("exceptionally", 1.0),
            Map.entry("extremely", 1.0), Map.entry("fully", 1.0), Map.entry("greatly", 1.0),
            Map.entry("highly", 1.0), Map.entry("hugely", 1.0), Map.entry("incredibly", 1.0),
            Map.entry("intensely", 1.0), Map.entry("majorly", 1.0), Map.entry("most", 1.0), Map.entry("more", 1.0),
            Map.entry("particularly", 1.0), Map.entry("purely", 1.0), Map.entry("quite", 1.0),
            Map.entry("really", 1.0), Map.entry("remarkably", 1.0), Map.entry("so", 1.0), Map.entry("such", 1.0),
            Map.entry("thoroughly", 1.0), Map.entry("totally", 1.0), Map.entry("tremendously", 1.0),
            Map.entry("unbelievably", 1.0), Map.entry("utterly", 1.0), Map.entry("very", 1.0),
            Map.entry("super", 1.0), Map.entry("well", 1.0), Map.entry("proper", 1.0), Map.entry("truly", 1.0),
            Map.entry("almost", -1.0), Map.entry("barely", -1.0), Map.entry("kinda", -1.0), Map.entry("less", -1.0),
            Map.entry("marginally", -1.0), Map.entry("partly", -1.0), Map.entry("scarcely", -1.0),
            Map.entry("slightly", -1.0), Map.entry("somewhat", -1.0), Map.entry("fairly", -1.0),
            Map.entry("bit", -1.0), Map.entry("little", -1.0));

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "nowhere", "without", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt",
            "arent", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt", "hadnt", "aint", "hardly");

    // Emoji are not in the VADER word list; valences on its scale, chosen for this project.
    private static final Map<String, Double> EMOJI = Map.ofEntries(
            Map.entry("\uD83D\uDE00", 2.0), Map.entry("\uD83D\uDE03", 2.0), Map.entry("\uD83D\uDE04", 2.2),
            Map.entry("\uD83D\uDE01", 2.0), Map.entry("\uD83D\uDE0A", 2.0), Map.entry("\uD83D\uDE42", 1.5),
            Map.entry("\uD83D\uDE0D", 2.8), Map.entry("\uD83E\uDD70", 2.8), Map.entry("\u2764", 2.5),
            Map.entry("\uD83D\uDC4D", 1.8), Map.entry("\uD83C\uDF89", 2.0), Map.entry("\uD83D\uDE4F", 1.2),
            Map.entry("\uD83D\uDE1E", -2.0), Map.entry("\uD83D\uDE1F", -1.8), Map.entry("\uD83D\uDE20", -2.5),
            Map.entry("\uD83D\uDE21", -3.0), Map.entry("\uD83E\uDD2C", -3.2), Map.entry("\uD83D\uDE22", -2.2),
            Map.entry("\uD83D\uDE2D", -2.5), Map.entry("\uD83D\uDE24", -2.2), Map.entry("\uD83D\uDC4E", -1.8),
            Map.entry("\uD83D\uDC94", -2.2), Map.entry("\uD83D\uDE41", -1.5), Map.entry("\u2639", -1.8),
            Map.entry("\uD83D\uDE12", -1.5), Map.entry("\uD83D\uDE29", -2.0), Map.entry("\uD83D\uDE2B", -2.0));

    private final SentimentLexicon lexicon;
    private final DistressCues cues = new DistressCues();

    /** With the shipped VADER lexicon. */
    public LexiconSentimentAnalyzer() {
        this(SentimentLexicon.vader());
    }

    public LexiconSentimentAnalyzer(SentimentLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    @Override
    public Sentiment analyze(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String cleaned = text.replace('\u2019', '\'').replace('\u2018', '\'');
        double score = score(cleaned);
        List<String> found = cues.find(cleaned);
        return new Sentiment(score, label(score, found), found);
    }

    static SentimentLabel label(double score, List<String> cues) {
        if ((!cues.isEmpty() && score < NEUTRAL_BAND) || cues.size() >= 2) {
            return SentimentLabel.DISTRESSED;
        }
        if (score >= NEUTRAL_BAND) {
            return SentimentLabel.POSITIVE;
        }
        if (score <= -NEUTRAL_BAND) {
            return SentimentLabel.NEGATIVE;
        }
        return SentimentLabel.NEUTRAL;
    }

    double score(String text) {
        List<String> raw = tokens(text);
        boolean mixedCase = hasMixedCase(raw);
        List<String> lower = raw.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        double[] valences = new double[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            valences[i] = valence(raw, lower, i, mixedCase);
        }
        int but = lower.indexOf("but");
        if (but >= 0) {
            for (int i = 0; i < valences.length; i++) {
                valences[i] *= i < but ? 0.5 : i > but ? 1.5 : 1.0;
            }
        }
        double sum = 0;
        for (double v : valences) {
            sum += v;
        }
        if (sum != 0) {
            sum += Math.signum(sum) * punctuationEmphasis(text);
        }
        double score = sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA);
        return Math.max(-1.0, Math.min(1.0, score));
    }

    private double valence(List<String> raw, List<String> lower, int i, boolean mixedCase) {
        String word = lower.get(i);
        if (BOOSTERS.containsKey(word)) {
            return 0; // an intensifier colours the next word, it has no valence of its own
        }
        double v = EMOJI.containsKey(word) ? EMOJI.get(word) : lexicon.valence(word);
        if (v == 0) {
            return 0;
        }
        if (mixedCase && isCapitals(raw.get(i))) {
            v += Math.signum(v) * CAPS_STEP;
        }
        boolean negated = false;
        for (int distance = 1; distance <= 3 && i - distance >= 0; distance++) {
            String before = lower.get(i - distance);
            Double booster = BOOSTERS.get(before);
            if (booster != null) {
                double step = booster * BOOSTER_STEP;
                if (mixedCase && isCapitals(raw.get(i - distance))) {
                    step += Math.signum(step) * CAPS_STEP;
                }
                // Boosters further away matter less.
                v += Math.signum(v) * step * (distance == 1 ? 1.0 : distance == 2 ? 0.95 : 0.9);
            }
            if (isNegation(before)) {
                negated = true;
            }
        }
        return negated ? v * NEGATION_FACTOR : v;
    }

    private static double punctuationEmphasis(String text) {
        long exclamations = Math.min(4, text.chars().filter(c -> c == '!').count());
        long questions = text.chars().filter(c -> c == '?').count();
        double questionEmphasis = questions <= 1 ? 0 : questions <= 3 ? questions * QUESTION_STEP : 0.96;
        return exclamations * EXCLAMATION_STEP + questionEmphasis;
    }

    private static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't");
    }

    private static boolean isCapitals(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean hasMixedCase(List<String> tokens) {
        long capitals = tokens.stream().filter(LexiconSentimentAnalyzer::isCapitals).count();
        long words = tokens.stream().filter(t -> t.chars().anyMatch(Character::isLetter)).count();
        return capitals > 0 && capitals < words;
    }

    /** Whitespace tokens; emoticons kept whole, other tokens stripped of surrounding punctuation. */
    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : WHITESPACE.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            if (lexicon.contains(token.toLowerCase(Locale.ROOT)) && !token.chars().allMatch(Character::isLetter)) {
                tokens.add(token); // an emoticon such as ":(" or ":-)"
                continue;
            }
            splitEmoji(token, tokens);
        }
        return tokens;
    }

    private static void splitEmoji(String token, List<String> tokens) {
        StringBuilder word = new StringBuilder();
        token.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (EMOJI.containsKey(s)) {
                flushWord(word, tokens);
                tokens.add(s);
            } else if (Character.isLetterOrDigit(cp) || cp == '\'') {
                word.append(s);
            } else {
                flushWord(word, tokens);
            }
        });
        flushWord(word, tokens);
    }

    private static void flushWord(StringBuilder word, List<String> tokens) {
        String w = word.isEmpty() ? "" : EDGE_APOSTROPHES.matcher(word).replaceAll("");
        if (!w.isEmpty()) {
            tokens.add(w);
        }
        word.setLength(0);
    }
}
