package org.shopchat.bot.orders.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DemoDataLoadRepository extends JpaRepository<DemoDataLoad, String> {
}
