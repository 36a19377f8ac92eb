package org.citycoop.merchant.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored merchants. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Merchants {

    private static final String SELECT = """
            SELECT m.id, m.legal_name, m.trading_name, m.city_code, c.country_code, m.nace_code, m.vat_id, m.iban, m.street, m.postal_code,
                   m.email, m.phone, m.opening_hours, m.latitude, m.longitude, m.status, m.status_reason, m.registered_at, m.updated_at
            FROM merchant m JOIN city c ON c.code = m.city_code""";

    private final JdbcClient jdbc;

    public Optional<Merchant> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(Merchant.class).optional();
    }

    /** Merchants in a status, the longest waiting first (at most {@code limit}): operators' work list of applications. */
    public java.util.List<Merchant> inStatus(Merchant.Status status, int limit) {
        return jdbc.sql(SELECT + " WHERE m.status = :status ORDER BY m.registered_at, m.id LIMIT :limit").param("status", status.name())
                .param("limit", limit).query(Merchant.class).list();
    }

    /** Locks the row for a status change in this transaction. */
    Optional<Merchant> byIdForUpdate(UUID id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id FOR UPDATE OF m").param("id", id).query(Merchant.class).optional();
    }

    boolean vatIdTaken(String vatId) {
        return jdbc.sql("SELECT count(*) FROM merchant WHERE vat_id = :vat").param("vat", vatId).query(Long.class).single() > 0;
    }

    void add(UUID id, RegisterMerchant command, String vatId, String iban, Merchant.Status status, Instant at) {
        jdbc.sql("""
                INSERT INTO merchant (id, legal_name, trading_name, city_code, nace_code, vat_id, iban, street, postal_code, email, phone,
                                      opening_hours, latitude, longitude, status, registered_at, updated_at)
                VALUES (:id, :legal, :trading, :city, :nace, :vat, :iban, :street, :postal, :email, :phone, :hours, :lat, :lon, :status, :at, :at)""")
                .param("id", id).param("legal", command.legalName().strip()).param("trading", command.tradingName().strip())
                .param("city", command.cityCode()).param("nace", command.naceCode()).param("vat", vatId).param("iban", iban)
                .param("street", command.street()).param("postal", command.postalCode()).param("email", command.email())
                .param("phone", command.phone()).param("hours", command.openingHours()).param("lat", command.latitude())
                .param("lon", command.longitude()).param("status", status.name()).param("at", Timestamp.from(at))
                .update();
    }

    void edit(UUID id, EditMerchant edit, String naceCode, String iban, Instant at) {
        jdbc.sql("""
                UPDATE merchant SET trading_name = :trading, street = :street, postal_code = :postal, email = :email, phone = :phone,
                    opening_hours = :hours, latitude = :lat, longitude = :lon, nace_code = :nace, iban = :iban, updated_at = :at, version = version + 1
                WHERE id = :id""")
                .param("trading", edit.tradingName().strip()).param("street", edit.street()).param("postal", edit.postalCode())
                .param("email", edit.email()).param("phone", edit.phone()).param("hours", edit.openingHours()).param("lat", edit.latitude())
                .param("lon", edit.longitude()).param("nace", naceCode).param("iban", iban).param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    void changeStatus(UUID id, Merchant.Status status, String reason, Instant at) {
        jdbc.sql("UPDATE merchant SET status = :status, status_reason = :reason, updated_at = :at, version = version + 1 WHERE id = :id")
                .param("status", status.name()).param("reason", reason).param("at", Timestamp.from(at)).param("id", id).update();
    }
}
