package org.shopchat.bot.orders.internal;

import jakarta.persistence.LockModeType;
import org.shopchat.bot.orders.OrderStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    Optional<CustomerOrder> findByOrderNumber(String orderNumber);

    /** For changes: serialises concurrent cancellations and status moves of one order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from CustomerOrder o where o.orderNumber = :orderNumber")
    Optional<CustomerOrder> lockByOrderNumber(String orderNumber);

    @Query("select o from CustomerOrder o where o.customer.id = :customerId order by o.placedAt desc")
    List<CustomerOrder> findByCustomerNewestFirst(String customerId);

    boolean existsByOrderNumberAndCustomerId(String orderNumber, String customerId);

    /** Contact details of an order's customer in one query, so a check costs the same whoever's order it is. */
    @Query("select new org.shopchat.bot.orders.internal.OwnerContactRow(c.email, c.postcode, o.postcode)"
            + " from CustomerOrder o join o.customer c where o.orderNumber = :orderNumber")
    Optional<OwnerContactRow> findOwnerContact(String orderNumber);

    long countByStatus(OrderStatus status);

    /** The console's order search: number or customer e-mail containing the text, newest first. */
    @Query("select o from CustomerOrder o join fetch o.customer c where lower(o.orderNumber) like :pattern"
            + " escape '\\' or lower(c.email) like :pattern escape '\\' order by o.placedAt desc")
    List<CustomerOrder> search(String pattern, org.springframework.data.domain.Limit limit);
}
