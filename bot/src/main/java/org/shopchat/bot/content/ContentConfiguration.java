package org.shopchat.bot.content;

import org.shopchat.kb.KnowledgeContent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /** Fails start-up with the file and line of any invalid content rather than serving half a knowledge base. */
    @Bean
    KnowledgeContent shippedContent() {
        return KnowledgeContent.loadFromClasspath();
    }
}
