package org.shopchat.bot.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the widget shows beside a bot message's text: quick-reply buttons, a link to the article the answer came
 * from, an order card. Every caption in here comes from templates or articles, like the text.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Attachments(List<QuickReply> quickReplies, ArticleLink article, OrderCard order) {

    public static final Attachments NONE = new Attachments(List.of(), null, null);

    public Attachments {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    public Attachments withQuickReplies(List<QuickReply> replies) {
        return new Attachments(replies, article, order);
    }

    public Attachments withArticle(ArticleLink link) {
        return new Attachments(quickReplies, link, order);
    }

    public Attachments withOrder(OrderCard card) {
        return new Attachments(quickReplies, article, card);
    }

    public boolean isEmpty() {
        return quickReplies.isEmpty() && article == null && order == null;
    }

    /** The article an answer came from, with the caption of its "read more" link. */
    public record ArticleLink(String id, int revision, String title, String url, String readMoreLabel) {
    }

    /**
     * An order status card: status, carrier and tracking, estimated delivery and the status timeline.
     * Values are data from the order system; captions come from templates.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderCard(String orderNumber, String statusLabel, String carrier, String trackingNumber,
                            String trackingUrl, String estimatedDelivery, boolean delayed, List<TimelineEntry> timeline) {

        public record TimelineEntry(String statusLabel, String at) {
        }
    }
}
