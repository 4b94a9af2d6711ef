package org.shopchat.intents.sentiment;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.ShippedData;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DistressCuesTest {

    private final DistressCues cues = new DistressCues();

    /**
     * The words of the cue patterns, so that random texts made of them match the patterns often: the anchors must
     * never skip a text that a pattern matches.
     */
    private static final String[] CUE_WORDS = {
        "never", "again", "shop", "shopping", "order", "ordering", "ordered", "buy", "use", "you", "purchase",
        "take", "taking", "my", "business", "custom", "money", "elsewhere", "somewhere", "else", "go", "going", "lost",
        "a", "me", "as", "customer", "last", "final", "time", "i", "switch", "switching", "moving", "to",
        "competitor", "amazon", "another", "store", "retailer", "leave", "leaving", "bad", "terrible", "1", "star",
        "one", "awful", "review", "tell", "all", "friends", "everyone", "you've", "have", "sue", "suing", "lawyer",
        "lawyers", "solicitor", "legal", "action", "court", "small", "claims", "trading", "standards", "ombudsman",
        "chargeback", "citizens", "advice", "report", "fuck", "fuuuck", "ffuck", "fucking", "fck", "fk", "shit",
        "sh1t", "shitty", "crap", "cr@p", "crappy", "bullshit", "bollocks", "bloody", "damn", "damned", "wtf", "ffs",
        "piss", "pissed", "arse", "ass", "asshole", "assholes", "bastard", "bitch", "twat", "wank", "dickhead",
        "second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th", "10th", "umpteenth", "hundredth",
        "millionth", "asked", "told", "called", "rang", "phoned", "emailed", "messaged", "contacted", "chased",
        "written", "twice", "three", "four", "times", "several", "multiple", "many", "so", "7", "and", "over",
        "repeatedly", "still", "waiting", "no", "reply", "response", "answer", "refund", "update", "news", "not",
        "heard", "received", "sorted", "resolved", "noone", "nobody", "ever", "replies", "answers", "responds",
        "gets", "back", "has", "replied", "answered", "responded", "got", "weeks", "days", "months", "of", "without",
        "chasing", "how", "more", "furious", "livid", "fuming", "outraged", "appalled", "disgusted", "disgusting",
        "in", "tears", "crying", "desperate", "at", "wits", "wits'", "end", "fed", "up", "sick", "tired", "had",
        "enough", "can't", "cannot", "cant", "cope", "panicking", "beyond", "angry", "frustrated", "annoyed",
        "absolutely", "ridiculous", "unacceptable", "scam", "scammed", "scammers", "issue", "product", "password",
    };

    /** Pieces of the multi-word cues, and near misses, so that those cues match often too. */
    private static final String[] PHRASE_PIECES = {
        "never shop", "never again order", "never buying from you", "taking my custom", "take my business",
        "somewhere else", "go elsewhere", "you've lost a", "lost me as a customer", "last time i", "final time I",
        "switching to a", "moving to another", "going to amazon", "leave a bad", "leaving a 1 star", "one star review",
        "tell all my friends", "tell everyone", "third time", "asked you", "emailed you three", "still waiting",
        "still no refund", "no one ever", "nobody has", "weeks of", "days without", "how many more times",
        "at my wits' end", "sick and tired of", "can't cope", "beyond angry", "absolutely ridiculous",
    };

    private static final String[] SEPARATORS = {" ", " ", " ", " ", "  ", ", ", ".", "!", "-", "'", "\t", ""};

    @Test
    void anchorsNeverChangeWhatThePatternsFind() {
        List<String> texts = new ArrayList<>();
        ShippedData.training().forEach(u -> texts.add(u.text()));
        ShippedData.heldOut().forEach(u -> texts.add(u.text()));
        Random random = new Random(7L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(3) == 0 ? PHRASE_PIECES[random.nextInt(PHRASE_PIECES.length)]
                        : CUE_WORDS[random.nextInt(CUE_WORDS.length)];
                text.append(switch (random.nextInt(6)) {
                    case 0 -> word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    default -> word;
                });
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            texts.add(text.toString());
        }
        int withCues = 0;
        for (String text : texts) {
            List<String> expected = cues.findByPatternsOnly(text);
            assertThat(cues.find(text)).as(text).isEqualTo(expected);
            if (!expected.isEmpty()) {
                withCues++;
            }
        }
        // The random texts do match, so the comparison covers the anchors of every cue.
        assertThat(withCues).isGreaterThan(2_000);
        for (String cue : List.of(DistressCues.THREAT_TO_LEAVE, DistressCues.LEGAL_THREAT, DistressCues.PROFANITY,
                DistressCues.REPEATED_REQUEST, DistressCues.EMOTIONAL_DISTRESS)) {
            assertThat(texts.stream().filter(t -> cues.find(t).contains(cue)).count()).as(cue).isGreaterThan(100);
        }
    }

    @Test
    void findsEachCueWhateverItsAsciiCase() {
        assertThat(cues.find("I will NEVER shop here AGAIN")).contains(DistressCues.THREAT_TO_LEAVE);
        assertThat(cues.find("Taking My Money Somewhere Else")).contains(DistressCues.THREAT_TO_LEAVE);
        assertThat(cues.find("I am calling Trading Standards")).containsExactly(DistressCues.LEGAL_THREAT);
        assertThat(cues.find("this is Sh1t")).containsExactly(DistressCues.PROFANITY);
        assertThat(cues.find("the 12th time I ask")).containsExactly(DistressCues.REPEATED_REQUEST);
        assertThat(cues.find("No One has replied")).containsExactly(DistressCues.REPEATED_REQUEST);
        assertThat(cues.find("I am at my wits end")).containsExactly(DistressCues.EMOTIONAL_DISTRESS);
    }

    @Test
    void ordinaryMessagesHaveNoCues() {
        assertThat(cues.find("where is my order")).isEmpty();
        assertThat(cues.find("I have an issue with a product, can you help?")).isEmpty();
        assertThat(cues.find("I forgot my password")).isEmpty();
    }

    @Test
    void lettersWhoseLowerCaseIsLongerOrAsciiChangeNothing() {
        // U+0130 lower-cases to two chars, the Kelvin sign U+212A to an ASCII k: the pieces stay where they were.
        for (String text : List.of("\u0130\u0130 I will never shop here again", "\u212a\u212a never shop here again",
                "\u0130 \u212a stra\u00dfe still waiting", "\u212aill me, this is cr@p")) {
            assertThat(cues.find(text)).as(text).isNotEmpty().isEqualTo(cues.findByPatternsOnly(text));
        }
        assertThat(cues.find("\u212aILL")).isEmpty();
    }
}
