package org.shopchat.bot.knowledge;

import org.shopchat.kb.RetrievalQuestion;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The fixed dev/test split of kb-content's retrieval questions. A question is "dev" when the CRC-32 of its UTF-8 text
 * modulo 10 is below 4 (about 40%): stable across runs, machines and edits of other lines, and a new question lands
 * on one side for good. Settings (semantic weight and floor, thresholds) are chosen on dev; test is only reported.
 */
enum RetrievalSplit {
    DEV, TEST;

    static RetrievalSplit of(String question) {
        CRC32 crc = new CRC32();
        crc.update(question.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 < 4 ? DEV : TEST;
    }

    List<RetrievalQuestion> of(List<RetrievalQuestion> questions) {
        return questions.stream().filter(q -> of(q.question()) == this).toList();
    }
}
