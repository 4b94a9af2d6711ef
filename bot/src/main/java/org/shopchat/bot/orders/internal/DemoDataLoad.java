package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The record that a demo data set was loaded, and from which seed. */
@Entity
@Table(name = "demo_data_load")
class DemoDataLoad {

    @Id
    private String name;

    @Column(nullable = false)
    private long seed;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected DemoDataLoad() {
    }

    DemoDataLoad(String name, long seed, Instant loadedAt) {
        this.name = name;
        this.seed = seed;
        this.loadedAt = loadedAt;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }
}
