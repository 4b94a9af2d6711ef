package org.shopchat.bot.learning;

import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.bot.replay.IntentModels;
import org.shopchat.console.learning.ModelVersion;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.entities.RegexEntityExtractor;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retrained model versions as models a replay can decide with, by the name {@code version-N}: every stored
 * candidate, the rejected ones too (what a rejected candidate would have changed is what an editor wants to see).
 * The shipped model is the replay's "current" model while it is active, so it is not listed.
 */
@Component
class ModelVersionsForReplay implements IntentModels {

    private static final Pattern NAME = Pattern.compile("version-([1-9][0-9]{0,8})");

    private final ModelVersions versions;
    private final CandidateTrainer models;
    private final LiveIntentModel live;

    ModelVersionsForReplay(ModelVersions versions, CandidateTrainer models, LiveIntentModel live) {
        this.versions = versions;
        this.models = models;
        this.live = live;
    }

    @Override
    public List<String> names() {
        return versions.all().stream()
                .filter(v -> "PASSED".equals(v.status()) || "REJECTED".equals(v.status()))
                .map(ModelVersion::version).sorted().map(v -> "version-" + v).toList();
    }

    @Override
    public Optional<Nlu> load(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int version = Integer.parseInt(matcher.group(1));
        return versions.blobs(version).map(blobs -> {
            try {
                return new Nlu(models.read(blobs, live.embeddingStage()), new RegexEntityExtractor(),
                        new LexiconSentimentAnalyzer());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("model version " + version + " cannot be read ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        });
    }
}
