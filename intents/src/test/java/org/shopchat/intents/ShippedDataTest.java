package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The shipped data covers every intent the KB and the dialogue policy rely on, with enough examples. */
class ShippedDataTest {

    static final List<String> PRODUCT_INTENTS = List.of("greeting", "goodbye", "thanks", "affirm", "deny",
            "contact_human_agent", "contact_customer_service", "complaint", "review", "track_order", "place_order",
            "change_order", "cancel_order", "check_cancellation_fee", "delivery_options", "delivery_period",
            "change_shipping_address", "set_up_shipping_address", "get_refund", "track_refund",
            "check_refund_policy", "payment_issue", "check_payment_methods", "get_invoice", "check_invoice",
            "create_account", "delete_account", "edit_account", "switch_account", "recover_password",
            "registration_problems", "newsletter_subscription", "return_item", "damaged_item", "missing_delivery",
            "product_question", "warranty_claim", "gift_card", "discount_code", "privacy_data", "out_of_scope");

    private static Map<String, Long> countByIntent(List<LabeledUtterance> data) {
        return data.stream().collect(Collectors.groupingBy(u -> u.intent().value(), Collectors.counting()));
    }

    @Test
    void trainingDataHasAtLeastSixtyExamplesOfEveryIntentAndNoOthers() {
        Map<String, Long> counts = countByIntent(ShippedData.training());
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(PRODUCT_INTENTS);
        assertThat(counts).allSatisfy((intent, n) -> assertThat(n).as(intent).isGreaterThanOrEqualTo(60));
    }

    @Test
    void heldOutDataHasAtLeastFifteenExamplesOfEveryIntent() {
        Map<String, Long> counts = countByIntent(ShippedData.heldOut());
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(PRODUCT_INTENTS);
        assertThat(counts).allSatisfy((intent, n) -> assertThat(n).as(intent).isGreaterThanOrEqualTo(15));
    }

    @Test
    void heldOutUtterancesDoNotAppearInTraining() {
        // Compared as written (case and outer spaces aside): after normalisation a handful of two-word phrases
        // such as "thx a lot" / "thanks a lot" legitimately coincide.
        Set<String> training = new HashSet<>();
        ShippedData.training().forEach(u -> training.add(u.text().strip().toLowerCase(java.util.Locale.ROOT)));
        List<String> leaked = ShippedData.heldOut().stream().map(LabeledUtterance::text)
                .filter(t -> training.contains(t.strip().toLowerCase(java.util.Locale.ROOT))).toList();
        assertThat(leaked).isEmpty();
    }
}
