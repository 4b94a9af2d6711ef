package org.shopchat.bot.chat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

import java.util.Optional;

/**
 * The transport's own limit, for the load benchmark (benchmarks/README.md): echoes a customer frame through the same
 * endpoint, interceptor and channels as {@code chat.send}, without database, NLU or logging. Off unless
 * {@code shopchat.bench.echo-enabled=true}.
 */
@Controller
@ConditionalOnProperty(name = "shopchat.bench.echo-enabled", havingValue = "true")
class EchoController {

    private final CustomerMessageRules rules;

    EchoController(CustomerMessageRules rules) {
        this.rules = rules;
    }

    @MessageMapping("bench.echo")
    @SendToUser(destinations = ChatController.EVENTS, broadcast = false)
    Echo echo(@Payload CustomerMessage message) {
        Optional<CustomerMessageRules.Violation> violation = rules.check(message);
        return violation.isPresent() ? new Echo("error", null, violation.get().name())
                : new Echo("echo", message.clientMessageId(), message.text());
    }

    record Echo(String type, String clientMessageId, String text) {
    }
}
