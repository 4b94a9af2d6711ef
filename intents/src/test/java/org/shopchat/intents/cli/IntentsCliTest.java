package org.shopchat.intents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.intents.IntentModelTest;

class IntentsCliTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new IntentsCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(Result r, int code, String mentions) {
        assertThat(r.exitCode()).isEqualTo(code);
        assertThat(r.err().lines().findFirst().orElse("")).startsWith("intents: ").contains(mentions);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Path sampleTsv() throws IOException {
        Path file = dir.resolve("sample.tsv");
        Files.writeString(file, "# sample, written for this test\n" + IntentModelTest.SAMPLE.stream()
                .map(u -> u.intent() + "\t" + u.text()).collect(Collectors.joining("\n")));
        return file;
    }

    @Test
    void classifiesEachStdinLineWithTheShippedModel() {
        Result r = run("where is my order NW-204815\nwhat is the capital of France\n\n", "classify");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3).allMatch(l -> l.matches("[a-z_0-9]+\t\\d\\.\\d{4}"));
        assertThat(r.out().lines().toList().get(0)).startsWith("track_order\t");
    }

    @Test
    void writesScoreAndLabelForSentiment() {
        Result r = run("thank you so much, great service\nWHERE IS MY BLOODY PARCEL\n", "sentiment");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).satisfiesExactly(
                l -> assertThat(l).matches("0\\.\\d{4}\tpositive"),
                l -> assertThat(l).matches("-?\\d\\.\\d{4}\tdistressed"));
    }

    @Test
    void trainsAModelThatClassifyCanUse() throws IOException {
        Path model = dir.resolve("model.bin");
        Result trained = run("", "train", "--data", sampleTsv().toString(), "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.err()).contains("fold 1 of 3").contains("wrote");
        Result r = run("please refund me\n", "classify", "--model", model.toString());
        assertThat(r.out()).startsWith("get_refund\t");
    }

    @Test
    void evaluatesAsTextOrJson() throws IOException {
        String data = sampleTsv().toString();
        Result text = run("", "evaluate", "--train", data, "--test", data);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("accuracy", "macro-F1", "in-scope accuracy", "out-of-scope recall",
                "per intent", "largest confusions");
        Result json = run("", "evaluate", "--train", data, "--test", data, "--json");
        assertThat(json.out().strip()).startsWith("{\"total\":32,\"accuracy\":").endsWith("]}");
    }

    @Test
    void rejectsMissingOrUnknownCommand() {
        assertOneLineError(run(""), 2, "no command");
        assertOneLineError(run("", "frobnicate"), 2, "unknown command 'frobnicate'");
    }

    @Test
    void rejectsUnknownOptionsAndMissingValues() {
        assertOneLineError(run("", "classify", "--verbose"), 2, "unknown option --verbose");
        assertOneLineError(run("", "train", "--data"), 2, "--data needs a value");
        assertOneLineError(run("", "train", "--data", "x"), 2, "missing required option --out");
        assertOneLineError(run("", "evaluate", "--train", "a", "--test", "b", "--seed", "abc"), 2, "whole number");
        assertOneLineError(run("", "sentiment", "stray"), 2, "unexpected argument 'stray'");
        assertOneLineError(run("", "classify", "--combination", "fastest"), 2, "unknown combination 'fastest'");
        assertOneLineError(run("", "classify", "--combination", "cascade", "--model", "m.bin"), 2,
                "--combination works with the shipped models only");
    }

    @Test
    void classifiesWithTheShippedEmbeddingStageWhenAsked() {
        Result r = run("where is my order NW-204815\n", "classify", "--combination", "cascade");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).startsWith("track_order\t");
    }

    @Test
    void rejectsUnknownFiles() {
        assertOneLineError(run("", "classify", "--model", dir.resolve("none.bin").toString()), 1, "none.bin");
        assertOneLineError(run("", "train", "--data", dir.resolve("none").toString(), "--out",
                dir.resolve("m.bin").toString()), 1, "no such file");
    }

    @Test
    void rejectsAFileThatIsNotAModel() throws IOException {
        Path notModel = Files.writeString(dir.resolve("not-a-model.bin"), "hello");
        assertOneLineError(run("hi\n", "classify", "--model", notModel.toString()), 1, "not-a-model.bin");
    }

    @Test
    void rejectsMalformedLinesNamingFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "greeting\thello\nno tab on this line\n");
        assertOneLineError(run("", "train", "--data", bad.toString(), "--out", dir.resolve("m.bin").toString()),
                1, "bad.tsv:2: expected <intent><TAB><utterance>");
        Path badName = Files.writeString(dir.resolve("bad-name.tsv"), "Greeting!\thello\n");
        assertOneLineError(run("", "evaluate", "--train", badName.toString(), "--test", badName.toString()),
                1, "bad-name.tsv:1: invalid intent name");
    }

    @Test
    void rejectsEmptyData() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "# nothing but a comment\n");
        assertOneLineError(run("", "train", "--data", empty.toString(), "--out", dir.resolve("m.bin").toString()),
                1, "no utterances");
        Path emptyDir = Files.createDirectory(dir.resolve("emptydir"));
        assertOneLineError(run("", "train", "--data", emptyDir.toString(), "--out", dir.resolve("m.bin").toString()),
                1, "no <intent>.txt files");
    }

    @Test
    void rejectsMalformedBenchmarkFiles() throws IOException {
        Path csv = Files.writeString(dir.resolve("b.csv"), "utterance,label\nhi,greeting\n");
        assertOneLineError(run("", "evaluate", "--train", csv.toString(), "--test", csv.toString()), 1,
                "expected header text,category");
        Path json = Files.writeString(dir.resolve("c.json"), "{\"train\": [[\"hi\"]]}");
        assertOneLineError(run("", "evaluate", "--train", json.toString(), "--test", json.toString()), 1,
                "train[0]: expected [utterance, intent]");
        Path broken = Files.writeString(dir.resolve("d.json"), "{\"train\": ");
        assertOneLineError(run("", "evaluate", "--train", broken.toString(), "--test", broken.toString()), 1,
                "not valid JSON");
        Path other = Files.writeString(dir.resolve("e.xml"), "<x/>");
        assertOneLineError(run("", "evaluate", "--train", other.toString(), "--test", other.toString()), 1,
                "unknown data format");
    }
}
