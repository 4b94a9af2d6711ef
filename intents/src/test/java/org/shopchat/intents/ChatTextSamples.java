package org.shopchat.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Messages for tests that compare two implementations of the same step: every shipped training and held-out
 * utterance, and generated ones that mix words with what the normaliser treats specially (order numbers, prices,
 * links, addresses, contractions, repeated letters and marks, curly quotes, tabs, accents, full-width and
 * compatibility characters, letters outside the BMP, digits of other scripts, emoji).
 */
final class ChatTextSamples {

    static final int GENERATED = 20_000;

    private static final String[] PIECES = {
        "where", "is", "my", "ORDER", "Refund", "please", "pls", "cant", "can't", "won\u2019t", "it's", "order's",
        "y'all", "i'd", "you'll", "'", "''", "`", "\u2018quoted\u2019", "NW-204815", "nw20481", "#nw 1234", "nw-#55555",
        "nw 123", "\u00a349.99", "$5", "\u20ac 1,200.50", "12 pounds", "3 quid", "50p", "1st", "22nd", "12/03",
        "10:30", "3.5", "1,000", "https://northwind.example/help?x=1", "www.shop.co.uk", "HTTP://A.B", "http",
        "jo.bloggs@example.co.uk", "a@b", "@", "x@y.z", "pleeeease", "sooooo", "aaa", "!!!", "??", "?!", "!?!",
        "...", "-", "--", "_", "(", ")", "\t", "\n", "\r\n", "  ", "\u00e9t\u00e9", "CAF\u00c9", "e\u0301", "\ufb01le",
        "\uff37\uff28\uff25\uff32\uff25", "\uff11\uff12\uff13", "\ud835\udc00\ud835\udc00\ud835\udc00", "\ud835\udc9c",
        "\ud83d\ude00", "\ud83d\ude00\ud83d\ude00\ud83d\ude00", "stra\u00dfe", "\u0130STANBUL", "\u03a3\u03a3\u03a3",
        "\u0663\u0664", "abc\u0663", "\u00bd", "\u216b", "\u00b2", "x\u00b3", "\u00aa", "\ud800", "\u200b", "\u00a0",
    };

    private static final String[] SEPARATORS = {" ", " ", " ", "", "  ", ",", ", ", ".", "-", "/", "'", "!", "?"};

    private ChatTextSamples() {
    }

    static List<String> all() {
        List<String> texts = new ArrayList<>();
        ShippedData.training().forEach(u -> texts.add(u.text()));
        ShippedData.heldOut().forEach(u -> texts.add(u.text()));
        Random random = new Random(12L);
        List<String> words = texts.stream().flatMap(t -> List.of(t.split(" ")).stream()).toList();
        for (int i = 0; i < GENERATED; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                if (p > 0) {
                    text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                text.append(random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)]
                        : words.get(random.nextInt(words.size())));
            }
            texts.add(text.toString());
        }
        texts.add("");
        return List.copyOf(texts);
    }
}
