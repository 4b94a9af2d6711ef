package org.shopchat.kb;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Front matter fields shared by several file types. */
final class Fields {

    private Fields() {
    }

    static ArticleStatus status(FrontMatterDocument doc) {
        String text = doc.text("status");
        if (text == null) {
            return null;
        }
        Optional<ArticleStatus> status = ArticleStatus.fromText(text);
        if (status.isEmpty()) {
            doc.problem(doc.lineOfKey("status"), "status '" + text + "' is not one of "
                    + Arrays.stream(ArticleStatus.values()).map(ArticleStatus::text).collect(Collectors.joining("|")));
        }
        return status.orElse(null);
    }
}
