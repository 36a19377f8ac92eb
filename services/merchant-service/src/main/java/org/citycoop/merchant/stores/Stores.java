package org.citycoop.merchant.stores;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.merchant.city.Cities;
import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.merchant.onboarding.Merchants;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Use cases: opening a store (owner of the merchant, or an operator) and listing a merchant's stores. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Stores {

    /** Command: open a store in a partner city. */
    public record OpenStore(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 10) String postalCode, @NotBlank String cityCode,
            @Nullable @DecimalMin("45.0") @DecimalMax("49.0") BigDecimal latitude,
            @Nullable @DecimalMin("13.0") @DecimalMax("23.0") BigDecimal longitude) {
    }

    /** A store as stored. */
    public record Store(UUID id, UUID merchantId, String name, String street, String postalCode, String cityCode,
            @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, Instant openedAt) {
    }

    private final JdbcClient jdbc;
    private final Merchants merchants;
    private final Cities cities;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Store open(UUID merchantId, OpenStore command, Caller caller) {
        if (!caller.administers(merchantId)) {
            throw new StoreRefusal.NotYourMerchant().refused();
        }
        return open(merchantId, command, UUID.randomUUID());
    }

    /** Opens with a given id: for demo data, whose stores other services know in advance. */
    @Transactional
    public Store open(UUID merchantId, OpenStore command, UUID storeId) {
        Merchant merchant = merchants.byId(merchantId)
                .orElseThrow(() -> new StoreRefusal.MerchantUnknown().refused());
        if (merchant.status() != Merchant.Status.ACTIVE) {
            throw new StoreRefusal.MerchantNotActive(merchant.status()).refused();
        }
        List<Fault> problems = new ArrayList<>();
        if (cities.byCode(command.cityCode()).isEmpty()) {
            problems.add(Fault.of("cityCode", "merchant.city-unknown", command.cityCode()));
        }
        if ((command.latitude() == null) != (command.longitude() == null)) {
            problems.add(Fault.of(command.latitude() == null ? "latitude" : "longitude", "directory.point-incomplete"));
        }
        if (!problems.isEmpty()) {
            throw new StoreRefusal.Invalid(problems).refused();
        }
        Store store = new Store(storeId, merchantId, command.name().strip(), command.street(), command.postalCode(), command.cityCode(),
                command.latitude(), command.longitude(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                INSERT INTO store (id, merchant_id, name, street, postal_code, city_code, latitude, longitude, opened_at)
                VALUES (:id, :merchant, :name, :street, :postal, :city, :lat, :lon, :at)""")
                .param("id", store.id()).param("merchant", merchantId).param("name", store.name()).param("street", store.street())
                .param("postal", store.postalCode()).param("city", store.cityCode()).param("lat", store.latitude()).param("lon", store.longitude())
                .param("at", Timestamp.from(store.openedAt())).update();
        events.publish(new StoreOpened(store.id(), merchantId, store.name(), store.cityCode(), store.openedAt()));
        return store;
    }

    public List<Store> of(UUID merchantId, Caller caller) {
        if (!caller.mayViewMerchant(merchantId)) {
            throw new StoreRefusal.NotYourMerchant().refused();
        }
        return jdbc.sql("""
                SELECT id, merchant_id, name, street, postal_code, city_code, latitude, longitude, opened_at FROM store
                WHERE merchant_id = :merchant ORDER BY opened_at""").param("merchant", merchantId).query(Store.class).list();
    }
}
