package org.shopchat.bot.learning;

import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Before the first customer message: on the very first start, imports the shipped training examples (keeping their
 * intents) and records the shipped model as version 1, active; then loads whichever version is active. The import
 * runs once over all instances: its marker row is inserted first, in the same transaction, so a second instance
 * starting at the same moment fails on the marker's key and skips it.
 */
@Component
class LearningStartup implements SmartInitializingSingleton {

    static final String SHIPPED_EXAMPLES = "shipped-intent-examples";
    private static final Logger log = LoggerFactory.getLogger(LearningStartup.class);

    private final JdbcTemplate jdbc;
    private final StoredIntentExamples examples;
    private final ModelVersions versions;
    private final ActiveModelSwitch activeModel;
    private final LiveIntentModel live;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LearningStartup(JdbcTemplate jdbc, StoredIntentExamples examples, ModelVersions versions,
                    ActiveModelSwitch activeModel, LiveIntentModel live, PlatformTransactionManager transactions,
                    Clock clock) {
        this.jdbc = jdbc;
        this.examples = examples;
        this.versions = versions;
        this.activeModel = activeModel;
        this.live = live;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        importShippedOnce();
        activeModel.switchToActive();
    }

    private void importShippedOnce() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from learning_seed where name = ?",
                Boolean.class, SHIPPED_EXAMPLES))) {
            return;
        }
        List<LabeledUtterance> shipped = ShippedData.training();
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.update("insert into learning_seed (name, done_at) values (?, ?)", SHIPPED_EXAMPLES,
                        Timestamp.from(clock.instant()));
                examples.importShipped(shipped);
                versions.recordShipped(live.embeddingStage() ? ModelVersions.Kind.TWO_STAGE
                        : ModelVersions.Kind.NGRAM, shipped.size(),
                        (int) shipped.stream().map(LabeledUtterance::intent).distinct().count());
            });
            log.info("Learning: imported {} shipped intent examples; the shipped model is version 1", shipped.size());
        } catch (DuplicateKeyException another) {
            log.info("Learning: another instance imported the shipped intent examples");
        }
    }
}
