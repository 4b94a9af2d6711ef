package org.shopchat.bot.dialogue;

import org.shopchat.intents.Nlu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    /** The shipped intent model with the default entity finders and sentiment analyser: loaded once, shared. */
    @Bean
    Nlu nlu() {
        return Nlu.loadDefault();
    }
}
