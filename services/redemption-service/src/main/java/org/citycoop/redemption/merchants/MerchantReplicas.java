package org.citycoop.redemption.merchants;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored merchant replicas. */
@Repository
public class MerchantReplicas implements MerchantReplica.Lookup {

    private final JdbcClient jdbc;

    MerchantReplicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void apply(MerchantRegistered event) {
        jdbc.sql("""
                INSERT INTO merchant_replica (merchant_id, trading_name, city_code, country_code, nace_code, status, registered_at)
                VALUES (:id, :name, :city, :country, :nace, 'ACTIVE', :at)
                ON CONFLICT (merchant_id) DO UPDATE SET trading_name = excluded.trading_name, city_code = excluded.city_code,
                    country_code = excluded.country_code, nace_code = excluded.nace_code, updated_at = now()""")
                .param("id", event.merchantId()).param("name", event.tradingName()).param("city", event.cityCode())
                .param("country", event.countryCode()).param("nace", event.naceCode()).param("at", Timestamp.from(event.registeredAt()))
                .update();
    }

    @Override
    public Optional<MerchantReplica> byId(UUID merchantId) {
        return jdbc.sql("""
                SELECT merchant_id, trading_name, city_code, country_code, nace_code, status FROM merchant_replica WHERE merchant_id = :id""")
                .param("id", merchantId).query(MerchantReplica.class).optional();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM merchant_replica").query(Long.class).single();
    }
}
