package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.EscalationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    EscalationTriggers escalationTriggers(EscalationProperties properties, ConversationRecord record) {
        return new EscalationTriggers(properties, record);
    }

    @Bean
    BusinessHours businessHours(EscalationProperties properties) {
        return new BusinessHours(properties.hours());
    }

    @Bean
    QueueOrder queueOrder(EscalationProperties properties) {
        return new QueueOrder(properties.vipHeadStart(), properties.distressHeadStart());
    }
}
