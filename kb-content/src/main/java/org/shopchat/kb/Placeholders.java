package org.shopchat.kb;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {name}} placeholder syntax of template variants. */
final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private Placeholders() {
    }

    static Set<String> namesIn(String variant) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(variant);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** True when every brace in the text belongs to a well-formed placeholder. */
    static boolean bracesWellFormed(String variant) {
        String withoutPlaceholders = PLACEHOLDER.matcher(variant).replaceAll("");
        return withoutPlaceholders.indexOf('{') < 0 && withoutPlaceholders.indexOf('}') < 0;
    }
}
