package org.shopchat.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code synonyms.txt} in Solr synonym format: {@code a, b, c} (equivalent terms) or {@code a, b => c}
 * (explicit mapping); {@code #} starts a comment line. Terms are lower case words, multi-word terms allowed.
 */
public final class SynonymRules {

    /**
     * Lucene's English stop words. A term containing one would be analysed with a position gap (or to nothing),
     * which makes {@code SynonymMap} reject the rule or match something else, depending on the bot's analyzer.
     */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with");

    private static final Pattern TERM = Pattern.compile("[a-z0-9][a-z0-9' -]*[a-z0-9]|[a-z0-9]");

    private SynonymRules() {
    }

    /** The rule lines, in file order, ready for Lucene's {@code SolrSynonymParser}. */
    public static ParseResult<List<String>> read(String fileName, String text) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!SourceHeader.statesSourceAndLicence(text)) {
            problems.add(new ContentProblem(fileName, 1, "must start with '#' comment lines stating source and licence"));
        }
        List<String> rules = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = ruleProblem(line);
            if (problem != null) {
                problems.add(new ContentProblem(fileName, i + 1, problem));
            } else {
                rules.add(line);
            }
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(new ContentProblem(fileName, 0, "has no synonym rules"));
        }
        return problems.isEmpty()
                ? new ParseResult<>(Optional.of(List.copyOf(rules)), List.of(), SourceLines.NONE)
                : new ParseResult<>(Optional.empty(), problems, SourceLines.NONE);
    }

    private static String ruleProblem(String line) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            return "a rule has at most one '=>'";
        }
        int termCount = 0;
        for (String side : sides) {
            for (String term : side.split(",", -1)) {
                String t = term.strip();
                if (!TERM.matcher(t).matches()) {
                    return "'" + t + "' is not a lower-case term (letters, digits, spaces, hyphens, apostrophes)";
                }
                for (String word : t.split("[ -]+")) {
                    if (STOP_WORDS.contains(word)) {
                        return "'" + t + "' contains the stop word '" + word + "', which the search analyzer drops";
                    }
                }
                termCount++;
            }
        }
        return termCount < 2 ? "a rule needs at least two terms" : null;
    }
}
