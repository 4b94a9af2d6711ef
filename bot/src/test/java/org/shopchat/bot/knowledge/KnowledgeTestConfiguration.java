package org.shopchat.bot.knowledge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.shopchat.kb.KnowledgeContent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/** The knowledge module's beans over a JPA slice, with the small test articles as the "shipped" content. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
@Import({ShippedArticleImport.class, KnowledgeArticles.class, PublishedArticleIndex.class, DraftArticleIndex.class,
        KnowledgeBase.class, KnowledgeStartup.class})
class KnowledgeTestConfiguration {

    /** The search timer's registry (the application's comes with the actuator). */
    @Bean
    MeterRegistry meters() {
        return new SimpleMeterRegistry();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    KnowledgeContent shippedContent() {
        return TestArticles.content(TestArticles.all());
    }
}
