package org.shopchat.bot.orders.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerifiedOrderRepository extends JpaRepository<VerifiedOrder, VerifiedOrderKey> {
}
