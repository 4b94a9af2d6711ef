package org.shopchat.bot.conversation;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns stored messages into views, and attachments into their stored JSON and back. */
@Component
class MessageViews {

    private final JsonMapper json;

    MessageViews(JsonMapper json) {
        this.json = json;
    }

    MessageView of(Message message) {
        String stored = message.getAttachmentsJson();
        return of(message, stored == null ? Attachments.NONE : json.readValue(stored, Attachments.class));
    }

    /** The view of a message just stored with {@code attachments}: no need to read back the JSON just written. */
    MessageView of(Message message, Attachments attachments) {
        return new MessageView(message.getConversationId(), message.getSeq(), message.getSender(), message.getAuthor(),
                message.getText(),
                message.getClientMessageId(), message.getCreatedAt(), message.choice(),
                message.getSender() == Sender.CUSTOMER ? null : message.provenance(), attachments);
    }

    String toJson(Attachments attachments) {
        return attachments.isEmpty() ? null : json.writeValueAsString(attachments);
    }
}
