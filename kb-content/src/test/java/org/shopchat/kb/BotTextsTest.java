package org.shopchat.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BotTextsTest {

    private static BotTexts textsWith(ResponseTemplate... overrides) {
        List<ResponseTemplate> templates = new ArrayList<>();
        for (TemplateKey key : TemplateKey.values()) {
            ResponseTemplate override = Arrays.stream(overrides).filter(t -> t.key() == key).findFirst().orElse(null);
            templates.add(override != null ? override : new ResponseTemplate(key, "test", 1, ArticleStatus.PUBLISHED,
                    List.of(String.join(" ", key.placeholders().stream().sorted().map(p -> "{" + p + "}").toList())
                            + " " + key.id())));
        }
        return new BotTexts(templates);
    }

    private static final ResponseTemplate STATUS = new ResponseTemplate(TemplateKey.ORDER_STATUS, "status", 3,
            ArticleStatus.PUBLISHED, List.of("Order {orderNumber} is {status}, due {eta}.",
            "{orderNumber}: {status} (ETA {eta})"));

    @Test
    void rendersTheChosenVariantWithItsProvenance() {
        RenderedText text = textsWith(STATUS).render(TemplateKey.ORDER_STATUS,
                Map.of("orderNumber", "NW-204815", "status", "on its way", "eta", "Tue 4 June"), 1);

        assertThat(text).isEqualTo(new RenderedText("order-status", 3, 1, "NW-204815: on its way (ETA Tue 4 June)"));
    }

    @Test
    void picksTheVariantByFloorModOfTheSeed() {
        BotTexts texts = textsWith(STATUS);
        Map<String, String> values = Map.of("orderNumber", "NW-1", "status", "s", "eta", "e");

        assertThat(texts.render(TemplateKey.ORDER_STATUS, values, 4).variant()).isEqualTo(0);
        assertThat(texts.render(TemplateKey.ORDER_STATUS, values, 5).variant()).isEqualTo(1);
        assertThat(texts.render(TemplateKey.ORDER_STATUS, values, -1).variant()).isEqualTo(1);
        assertThat(texts.render(TemplateKey.ORDER_STATUS, values, Integer.MIN_VALUE).variant()).isEqualTo(0);
    }

    @Test
    void rejectsAnUnboundDeclaredPlaceholder() {
        assertThatThrownBy(() -> textsWith(STATUS).render(TemplateKey.ORDER_STATUS,
                Map.of("orderNumber", "NW-1", "status", "s"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order-status").hasMessageContaining("unbound: [eta]");
    }

    @Test
    void rejectsAPlaceholderTheKeyDoesNotDeclare() {
        assertThatThrownBy(() -> textsWith().render(TemplateKey.GOODBYE, Map.of("customerName", "Ann"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not declared: [customerName]");
    }

    @Test
    void insertsValuesLiterallyWithoutExpandingBracesOrDollarSigns() {
        RenderedText text = textsWith(STATUS).render(TemplateKey.ORDER_STATUS,
                Map.of("orderNumber", "{status}", "status", "$1 \\ done", "eta", "soon"), 0);

        assertThat(text.text()).isEqualTo("Order {status} is $1 \\ done, due soon.");
    }

    @Test
    void rejectsANullValue() {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("agentName", null);

        assertThatThrownBy(() -> textsWith().render(TemplateKey.AGENT_JOINED, values, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agentName");
    }

    @Test
    void refusesToStartWithoutATemplateForEveryKey() {
        List<ResponseTemplate> onlyGreeting = List.of(new ResponseTemplate(TemplateKey.GREETING, "g", 1,
                ArticleStatus.PUBLISHED, List.of("Hi, I'm {botName}.")));

        assertThatThrownBy(() -> new BotTexts(onlyGreeting))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goodbye");
    }

    @Test
    void templateKeysHaveKebabIdsAndAreFoundById() {
        assertThat(TemplateKey.ORDER_STATUS_SHIPPED.id()).isEqualTo("order-status-shipped");
        assertThat(TemplateKey.byId("greeting-known-customer")).contains(TemplateKey.GREETING_KNOWN_CUSTOMER);
        assertThat(TemplateKey.byId("no-such-template")).isEmpty();
        assertThat(TemplateKey.CANCEL_CONFIRM.placeholders()).containsExactlyInAnyOrder("orderNumber", "fee");
    }
}
