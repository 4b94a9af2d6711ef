package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.Responder;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * First policy of the walking skeleton: greets, and says it did not understand anything else. The NLU-driven policy
 * replaces the matching below.
 */
@Component
class DialoguePolicy implements Responder {

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)\\b.*");

    private final BotVoice voice;

    DialoguePolicy(BotVoice voice) {
        this.voice = voice;
    }

    @Override
    public BotReply welcome(ConversationView conversation) {
        return voice.say(TemplateKey.GREETING, Map.of("botName", voice.botName()), (int) conversation.lastSeq());
    }

    @Override
    public BotReply answer(ConversationView conversation, MessageView message) {
        int seed = (int) message.seq();
        if (GREETING.matcher(message.text().toLowerCase(Locale.ROOT)).matches()) {
            return voice.say(TemplateKey.GREETING, Map.of("botName", voice.botName()), seed);
        }
        return voice.say(TemplateKey.NOT_UNDERSTOOD, seed);
    }
}
