package org.shopchat.bot.replay;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * @param modelDirectory where intent model files ({@code *.bin}, as {@code IntentModel.save} writes them) a replay
 *                       may name are kept; need not exist
 */
@Validated
@ConfigurationProperties("shopchat.replay")
record ReplayProperties(@NotNull Path modelDirectory) {
}
