package org.shopchat.bot.orders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo shop's customers and orders once (when {@code shopchat.demo-data.enabled}): a marker row makes a
 * restart, or a second instance on the same database, leave the data alone. Dates are relative to the first load;
 * they are not moved on later starts, so orders age like real ones (on-time parcels may become late).
 */
@Component
@ConditionalOnBooleanProperty("shopchat.demo-data.enabled")
public class DemoDataLoader implements ApplicationRunner {

    static final String DATA_SET = "northwind-demo-v1";
    static final int CUSTOMERS = 60;
    static final int ORDERS = 240;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataLoadRepository loads;
    private final CustomerRepository customers;
    private final CustomerOrderRepository orders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataLoader(DemoDataLoadRepository loads, CustomerRepository customers, CustomerOrderRepository orders,
                   TransactionTemplate transactions, Clock clock) {
        this.loads = loads;
        this.customers = customers;
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the data set unless it is there already; answers whether it loaded it now. */
    public boolean load() {
        Boolean loaded = transactions.execute(status -> {
            if (loads.existsById(DATA_SET)) {
                return false;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            // The marker goes in first: a second instance loading at the same time fails on its primary key
            // instead of adding a second copy.
            loads.saveAndFlush(new DemoDataLoad(DATA_SET, RandomDemoOrders.SEED, now));
            LocalDate today = ShopCalendar.today(clock);
            List<Customer> wellKnownCustomers = customers.saveAll(WellKnownDemoOrders.customers(now));
            RandomDemoOrders random = new RandomDemoOrders(now, CUSTOMERS, ORDERS);
            customers.saveAll(random.customers());
            List<CustomerOrder> all = new ArrayList<>(
                    WellKnownDemoOrders.orders(wellKnownCustomers.get(0), wellKnownCustomers.get(1), now, today));
            all.addAll(random.orders());
            orders.saveAll(all);
            log.info("Loaded the demo shop data: {} customers, {} orders", wellKnownCustomers.size() + CUSTOMERS,
                    all.size());
            return true;
        });
        if (!Boolean.TRUE.equals(loaded)) {
            log.info("Demo shop data already loaded; left as it is");
        }
        return Boolean.TRUE.equals(loaded);
    }
}
