package org.citycoop.redemption.merchants;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantClosed;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored merchant replicas. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MerchantReplicas implements MerchantReplica.Lookup {

    private final JdbcClient jdbc;

    void apply(MerchantRegistered event) {
        upsert(event.merchantId(), event.tradingName(), event.cityCode(), event.countryCode(), event.naceCode(), "ACTIVE", event.registeredAt());
    }

    void apply(MerchantUpdated event) {
        upsert(event.merchantId(), event.tradingName(), event.cityCode(), event.countryCode(), event.naceCode(), event.status(), event.updatedAt());
    }

    void apply(MerchantSuspended event) {
        changeStatus(event.merchantId(), "SUSPENDED", event.suspendedAt());
    }

    void apply(MerchantClosed event) {
        changeStatus(event.merchantId(), "CLOSED", event.closedAt());
    }

    /** Inserts or updates the replica, unless it already holds a newer state (a late, re-sent event changes nothing). */
    private void upsert(UUID id, String name, String city, String country, String nace, String status, Instant at) {
        jdbc.sql("""
                INSERT INTO merchant_replica (merchant_id, trading_name, city_code, country_code, nace_code, status, registered_at, last_event_at)
                VALUES (:id, :name, :city, :country, :nace, :status, :at, :at)
                ON CONFLICT (merchant_id) DO UPDATE SET trading_name = excluded.trading_name, city_code = excluded.city_code,
                    country_code = excluded.country_code, nace_code = excluded.nace_code, status = excluded.status,
                    last_event_at = excluded.last_event_at, updated_at = now()
                WHERE merchant_replica.last_event_at <= excluded.last_event_at""")
                .param("id", id).param("name", name).param("city", city).param("country", country).param("nace", nace)
                .param("status", status).param("at", Timestamp.from(at))
                .update();
    }

    private void changeStatus(UUID id, String status, Instant at) {
        jdbc.sql("""
                UPDATE merchant_replica SET status = :status, last_event_at = :at, updated_at = now()
                WHERE merchant_id = :id AND last_event_at <= :at""")
                .param("status", status).param("at", Timestamp.from(at)).param("id", id).update();
    }

    @Override
    public Optional<MerchantReplica> byId(UUID merchantId) {
        return jdbc.sql("""
                SELECT merchant_id, trading_name, city_code, country_code, nace_code, status FROM merchant_replica WHERE merchant_id = :id""")
                .param("id", merchantId).query(MerchantReplica.class).optional();
    }

    @Override
    public Map<UUID, MerchantReplica> byIds(Collection<UUID> merchantIds) {
        if (merchantIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT merchant_id, trading_name, city_code, country_code, nace_code, status FROM merchant_replica WHERE merchant_id IN (:ids)""")
                .param("ids", Set.copyOf(merchantIds)).query(MerchantReplica.class).list().stream()
                .collect(Collectors.toMap(MerchantReplica::merchantId, Function.identity()));
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM merchant_replica").query(Long.class).single();
    }
}
