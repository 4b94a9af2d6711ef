package org.shopchat.kb;

import java.util.Locale;

/** Data files we ship state their source and licence in their leading comment lines. */
final class SourceHeader {

    private SourceHeader() {
    }

    static boolean statesSourceAndLicence(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line.toLowerCase(Locale.ROOT)).append('\n');
        }
        return header.toString().contains("source") && (header.toString().contains("licence")
                || header.toString().contains("license"));
    }
}
