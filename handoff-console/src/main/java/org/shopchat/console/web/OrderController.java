package org.shopchat.console.web;

import org.shopchat.console.orders.OrderMove;
import org.shopchat.console.orders.ShopOrders;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Administrators move orders along as the warehouse or the carrier would (ADMIN only, see the security
 * configuration); a customer chatting about the order hears of it at once from the bot.
 */
@Controller
class OrderController {

    static final int MAX_QUERY_CHARS = 100;
    static final int SHOWN = 50;
    private static final Pattern STATUS = Pattern.compile("[A-Z_]{1,32}");

    private final ShopOrders orders;

    OrderController(ShopOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/console/orders")
    String search(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String q, Model model) {
        String query = q.strip();
        model.addAttribute("user", user);
        model.addAttribute("q", query);
        if (query.length() > MAX_QUERY_CHARS) {
            model.addAttribute("notice", "A search has at most " + MAX_QUERY_CHARS + " characters.");
            model.addAttribute("orders", List.of());
        } else {
            model.addAttribute("orders", orders.find(query, SHOWN));
        }
        return "console/orders";
    }

    @PostMapping("/console/orders/{orderNumber}/status")
    String move(@PathVariable String orderNumber, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        String notice;
        if (!STATUS.matcher(status).matches()) {
            notice = "Choose the status to move the order to.";
        } else {
            OrderMove move = orders.move(orderNumber, status);
            notice = switch (move.outcome()) {
                case MOVED -> "Order " + move.orderNumber() + " moved from " + move.from() + " to " + move.to() + ".";
                case UNKNOWN_ORDER -> "There is no order " + move.orderNumber() + ".";
                case NOT_ALLOWED -> "Order " + move.orderNumber() + " is " + move.from() + " and cannot move to "
                        + move.to() + ".";
            };
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + UriComponentsBuilder.fromPath("/console/orders").queryParam("q", q.strip())
                .encode().build().toUriString();
    }
}
