package org.shopchat.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The retrieval test set {@code kb/eval/retrieval-questions.tsv}: {@code question<TAB>expected-article-id} per line,
 * {@code #} comment lines with source and licence first.
 */
public final class RetrievalQuestions {

    public static final String FILE = "eval/retrieval-questions.tsv";

    private RetrievalQuestions() {
    }

    public static List<RetrievalQuestion> loadFromClasspath() {
        try (InputStream in = RetrievalQuestions.class.getClassLoader()
                .getResourceAsStream(ContentFiles.CLASSPATH_ROOT + FILE)) {
            if (in == null) {
                throw new ContentException(List.of(new ContentProblem(FILE, 0, "is not on the class path")));
            }
            return read(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8)).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    public static List<RetrievalQuestion> loadFromDirectory(Path kbDir) {
        try {
            return read(FILE, Files.readString(kbDir.resolve(FILE), StandardCharsets.UTF_8)).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kbDir.resolve(FILE), e);
        }
    }

    /** Format rules only; whether the expected articles exist is the {@link ContentValidator}'s business. */
    public static ParseResult<List<RetrievalQuestion>> read(String fileName, String text) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!SourceHeader.statesSourceAndLicence(text)) {
            problems.add(new ContentProblem(fileName, 1, "must start with '#' comment lines stating source and licence"));
        }
        List<RetrievalQuestion> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                problems.add(new ContentProblem(fileName, i + 1, "expected '<question><TAB><article-id>'"));
                continue;
            }
            String question = fields[0].strip();
            if (!seen.add(question.toLowerCase(Locale.ROOT))) {
                problems.add(new ContentProblem(fileName, i + 1, "question appears twice: " + question));
                continue;
            }
            questions.add(new RetrievalQuestion(question, fields[1].strip()));
        }
        return problems.isEmpty()
                ? new ParseResult<>(Optional.of(List.copyOf(questions)), List.of(), SourceLines.NONE)
                : new ParseResult<>(Optional.empty(), problems, SourceLines.NONE);
    }

    /** Line number (1-based) of each data line, in order, for problems found after parsing. */
    static List<Integer> dataLines(String text) {
        List<Integer> result = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                result.add(i + 1);
            }
        }
        return result;
    }
}
