package org.shopchat.bot.replay;

import org.shopchat.intents.IntentModel;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.entities.RegexEntityExtractor;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Intent model files in {@code shopchat.replay.model-directory}: n-gram models as {@code IntentModel.save} writes them
 * (the shipped one is {@code intents/.../shipped-intent-model.bin}). Names are file names in that directory only, so
 * a name from a form can never reach another file.
 */
@Component
class ModelFiles implements IntentModels {

    /** More is not a list anybody picks from; the rest are left out. */
    static final int MAX_FILES = 100;
    private static final String SUFFIX = ".bin";

    private final Path directory;

    ModelFiles(ReplayProperties properties) {
        this.directory = properties.modelDirectory();
    }

    @Override
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX)).sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the model directory " + directory, e);
        }
    }

    @Override
    public Optional<Nlu> load(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(read(directory.resolve(name)));
    }

    /** Reads a model file given as a path (the command line names any file it may read). */
    static Nlu read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Nlu(IntentModel.load(in), new RegexEntityExtractor(), new LexiconSentimentAnalyzer());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + file.getFileName() + " as an intent model ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
