package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderItem;

/** One line of a stored order. */
@Entity
@Table(name = "order_item")
class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_pence", nullable = false)
    private long unitPricePence;

    @Column(nullable = false)
    private boolean personalised;

    protected OrderLine() {
    }

    OrderLine(int lineNo, OrderItem item) {
        this.lineNo = lineNo;
        this.name = item.name();
        this.quantity = item.quantity();
        this.unitPricePence = item.unitPrice().pence();
        this.personalised = item.personalised();
    }

    OrderItem toItem() {
        return new OrderItem(name, quantity, Money.ofPence(unitPricePence), personalised);
    }

    boolean isPersonalised() {
        return personalised;
    }
}
