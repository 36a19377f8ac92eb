package org.citycoop.merchant.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Who applied for a merchant and which store the application names. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Applications {

    /** An application as stored, with its merchant's name and status. */
    public record Application(UUID merchantId, UUID applicantId, StoreToOpen store, String tradingName, Merchant.Status status, Instant appliedAt) {
    }

    private static final String SELECT = """
            SELECT a.merchant_id, a.applicant_id, a.store_name, a.store_street, a.store_postal_code, a.store_city_code, a.applied_at,
                   m.trading_name, m.status
            FROM merchant_application a JOIN merchant m ON m.id = a.merchant_id""";

    private final JdbcClient jdbc;

    void add(UUID merchantId, UUID applicantId, StoreToOpen store, Instant at) {
        jdbc.sql("""
                INSERT INTO merchant_application (merchant_id, applicant_id, store_name, store_street, store_postal_code, store_city_code, applied_at)
                VALUES (:merchant, :applicant, :name, :street, :postal, :city, :at)""")
                .param("merchant", merchantId).param("applicant", applicantId).param("name", store.name().strip())
                .param("street", store.street().strip()).param("postal", store.postalCode().strip()).param("city", store.cityCode())
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<Application> of(UUID merchantId) {
        return jdbc.sql(SELECT + " WHERE a.merchant_id = :id").param("id", merchantId).query(Applications::map).optional();
    }

    /** The applicant's latest application. */
    public Optional<Application> latestBy(UUID applicantId) {
        return jdbc.sql(SELECT + " WHERE a.applicant_id = :applicant ORDER BY a.applied_at DESC LIMIT 1").param("applicant", applicantId)
                .query(Applications::map).optional();
    }

    private static Application map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Application(rs.getObject("merchant_id", UUID.class), rs.getObject("applicant_id", UUID.class),
                new StoreToOpen(rs.getString("store_name"), rs.getString("store_street"), rs.getString("store_postal_code"),
                        rs.getString("store_city_code")),
                rs.getString("trading_name"), Merchant.Status.valueOf(rs.getString("status")), rs.getTimestamp("applied_at").toInstant());
    }
}
