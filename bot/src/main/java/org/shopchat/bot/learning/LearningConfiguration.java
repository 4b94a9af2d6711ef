package org.shopchat.bot.learning;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LearningProperties.class)
class LearningConfiguration {

    @Bean
    HeldOutSet heldOutSet() {
        return HeldOutSet.shipped();
    }
}
