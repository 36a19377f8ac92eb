package org.citycoop.points.accrual;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** What points-service keeps of other services (tables {@code merchant} and {@code shopper}): a merchant's sector, a shopper's home city. */
@Repository
@RequiredArgsConstructor
class Replicas {

    /** A purchase's merchant sector (empty if unknown) and its shopper's home city (null if unknown). */
    record Known(String sector, @Nullable String homeCity) {
    }

    private final JdbcClient jdbc;

    Known of(UUID merchant, UUID shopper) {
        record Row(@Nullable String sector, @Nullable String homeCity) {
        }
        Row row = jdbc.sql("""
                SELECT (SELECT nace_code FROM merchant WHERE merchant_id = :m) AS sector, (SELECT home_city FROM shopper WHERE shopper_id = :s) AS home_city""")
                .param("m", merchant).param("s", shopper).query(Row.class).single();
        return new Known(row.sector() == null ? "" : row.sector(), row.homeCity());
    }

    void merchant(UUID merchant, String nace, String city) {
        jdbc.sql("""
                INSERT INTO merchant (merchant_id, nace_code, city_code) VALUES (:m, :nace, :city)
                ON CONFLICT (merchant_id) DO UPDATE SET nace_code = excluded.nace_code, city_code = excluded.city_code""")
                .param("m", merchant).param("nace", nace).param("city", city).update();
    }

    void shopper(UUID shopper, @Nullable String homeCity) {
        jdbc.sql("""
                INSERT INTO shopper (shopper_id, home_city) VALUES (:s, :city)
                ON CONFLICT (shopper_id) DO UPDATE SET home_city = excluded.home_city""")
                .param("s", shopper).param("city", homeCity).update();
    }
}
