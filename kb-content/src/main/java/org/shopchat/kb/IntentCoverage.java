package org.shopchat.kb;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The product's intent names and how each is served. Intents answered by a dialogue flow are listed here, in the
 * one place that maps them; every other intent must be answered by at least one published article.
 */
public final class IntentCoverage {

    /** Every intent name of the product (INTENTS.md), without the {@code out_of_scope} class. */
    public static final Set<String> PRODUCT_INTENTS = Set.of(
            "greeting", "goodbye", "thanks", "affirm", "deny", "contact_human_agent", "contact_customer_service",
            "complaint", "review", "track_order", "place_order", "change_order", "cancel_order",
            "check_cancellation_fee", "delivery_options", "delivery_period", "change_shipping_address",
            "set_up_shipping_address", "get_refund", "track_refund", "check_refund_policy", "payment_issue",
            "check_payment_methods", "get_invoice", "check_invoice", "create_account", "delete_account",
            "edit_account", "switch_account", "recover_password", "registration_problems",
            "newsletter_subscription", "return_item", "damaged_item", "missing_delivery", "product_question",
            "warranty_claim", "gift_card", "discount_code", "privacy_data");

    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** Intents the bot serves with a dialogue flow or small talk rather than an article, and which flow. */
    public static final Map<String, String> COVERED_BY_FLOW = Map.of(
            "track_order", "order status flow (verified lookup)",
            "cancel_order", "cancel order flow",
            "change_shipping_address", "change shipping address flow",
            "track_refund", "refund status flow",
            "contact_human_agent", "hand-over to a person",
            "greeting", "small talk: greeting template",
            "goodbye", "small talk: goodbye template",
            "thanks", "small talk: thanks-reply template",
            "affirm", "answer to the open question of the current flow",
            "deny", "answer to the open question of the current flow");

    private IntentCoverage() {
    }

    /** Intents that need at least one published article. */
    public static Set<String> informationIntents() {
        Set<String> intents = new LinkedHashSet<>(PRODUCT_INTENTS.stream().sorted().toList());
        intents.removeAll(COVERED_BY_FLOW.keySet());
        return intents;
    }
}
