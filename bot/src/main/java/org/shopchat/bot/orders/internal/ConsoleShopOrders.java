package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.AdvanceResult;
import org.shopchat.bot.orders.OrderAdmin;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.console.orders.OrderMove;
import org.shopchat.console.orders.ShopOrder;
import org.shopchat.console.orders.ShopOrders;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The console's order port: search on the order tables, moves through {@link OrderAdmin} (which tells customers). */
@Service
class ConsoleShopOrders implements ShopOrders {

    private final CustomerOrderRepository orders;
    private final OrderAdmin admin;

    ConsoleShopOrders(CustomerOrderRepository orders, OrderAdmin admin) {
        this.orders = orders;
        this.admin = admin;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ShopOrder> find(String query, int limit) {
        String pattern = "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
        return orders.search(pattern, Limit.of(limit)).stream().map(ConsoleShopOrders::row).toList();
    }

    @Override
    public OrderMove move(String orderNumber, String status) {
        OrderStatus target;
        try {
            target = OrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return new OrderMove(OrderMove.Outcome.NOT_ALLOWED, orderNumber, null, status);
        }
        return switch (admin.advance(orderNumber, target)) {
            case AdvanceResult.Advanced moved ->
                    new OrderMove(OrderMove.Outcome.MOVED, moved.orderNumber(), moved.from().name(), moved.to().name());
            case AdvanceResult.NotAllowed refused -> new OrderMove(OrderMove.Outcome.NOT_ALLOWED,
                    refused.orderNumber(), refused.from().name(), refused.to().name());
            case AdvanceResult.UnknownOrder unknown ->
                    new OrderMove(OrderMove.Outcome.UNKNOWN_ORDER, unknown.orderNumber(), null, status);
        };
    }

    private static ShopOrder row(CustomerOrder order) {
        // Cancelling charges a fee and refunds the rest, so it stays with the customer's own request in the chat.
        List<String> next = Arrays.stream(OrderStatus.values())
                .filter(s -> s != OrderStatus.CANCELLED && order.getStatus().canMoveTo(s))
                .map(Enum::name).toList();
        Customer customer = order.getCustomer();
        return new ShopOrder(order.getOrderNumber(), customer.toProfile().name(), customer.getEmail(),
                order.getStatus().name(), order.getPlacedAt(), next);
    }

    // The search text is a value, never a pattern of the customer's own: % and _ match themselves.
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
