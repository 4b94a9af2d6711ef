package org.shopchat.bot.replay;

import org.shopchat.intents.Nlu;

import java.util.List;
import java.util.Optional;

/**
 * Intent models a replay can decide with besides the current one, by name. Model files are one source; model
 * versions from retraining can be another, as a further bean of this type.
 */
public interface IntentModels {

    /** The names this source offers, sorted. */
    List<String> names();

    /**
     * The NLU with the named model, the bot's entity finders and sentiment analyser; empty when this source has no
     * such model.
     *
     * @throws IllegalArgumentException when the model exists but cannot be read
     */
    Optional<Nlu> load(String name);
}
