package org.shopchat.kb;

import java.util.ArrayList;
import java.util.List;

/** The few facts about Markdown bodies the content rules need, without a full Markdown parser. */
final class MarkdownBlocks {

    private MarkdownBlocks() {
    }

    static String firstParagraph(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.strip().split("\n", -1)) {
            if (line.isBlank()) {
                break;
            }
            lines.add(line.strip());
        }
        return String.join(" ", lines);
    }
}
