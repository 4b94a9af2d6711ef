package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shopchat.bot.orders.ContactChannel;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.CustomerTier;
import org.shopchat.bot.orders.UkPostcode;

import java.time.Instant;
import java.util.Locale;

/** A shop customer account. E-mail addresses are stored lower-cased: the shop treats them case-insensitively. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private String id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "preferred_name", length = 60)
    private String preferredName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 8)
    private String postcode;

    @Column(length = 32)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerTier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel", nullable = false, length = 16)
    private ContactChannel contactChannel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {
    }

    public Customer(CustomerProfile profile, Instant createdAt) {
        this.id = profile.id().value();
        this.name = profile.name();
        this.preferredName = profile.preferredName();
        this.email = profile.email().toLowerCase(Locale.ROOT);
        this.postcode = profile.postcode().value();
        this.phone = profile.phone();
        this.tier = profile.tier();
        this.contactChannel = profile.preferredContact();
        this.createdAt = createdAt;
    }

    public CustomerProfile toProfile() {
        return new CustomerProfile(new CustomerId(id), name, preferredName, email, new UkPostcode(postcode), phone,
                tier, contactChannel);
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPostcode() {
        return postcode;
    }
}
