package org.citycoop.voucher.programs;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.voucher.programs.Program.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored programs. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Programs {

    private static final String COLUMNS = """
            id, name_de, name_sl, name_hu, name_en, issuer, currency, coverage, city_codes, denominations, free_min, free_max,
            validity_months, bonus_bp, status, created_at, activated_at, closed_at, close_reason""";

    private final JdbcClient jdbc;

    public Optional<Program> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE id = :id").param("id", id).query(Programs::map).optional();
    }

    /** Locks the program's row for a change of status. */
    Optional<Program> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE id = :id FOR UPDATE").param("id", id).query(Programs::map).optional();
    }

    public List<Program> withStatus(Status status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE status = :status ORDER BY created_at").param("status", status.name())
                .query(Programs::map).list();
    }

    void insert(UUID id, ProgramTerms.Valid terms, Instant now) {
        jdbc.sql("""
                INSERT INTO program (id, name_de, name_sl, name_hu, name_en, issuer, currency, coverage, city_codes, denominations, free_min, free_max,
                                     validity_months, bonus_bp, status, created_at)
                VALUES (:id, :de, :sl, :hu, :en, :issuer, :currency, :coverage, :cities, :denominations, :min, :max, :validity, :bonus, 'DRAFT', :now)""")
                .params(terms(terms, id)).param("now", Timestamp.from(now)).update();
    }

    /** Rewrites a draft's terms; false if it is no draft (any more). */
    boolean updateDraft(UUID id, ProgramTerms.Valid terms) {
        return jdbc.sql("""
                UPDATE program SET name_de = :de, name_sl = :sl, name_hu = :hu, name_en = :en, issuer = :issuer, currency = :currency,
                       coverage = :coverage, city_codes = :cities, denominations = :denominations, free_min = :min, free_max = :max,
                       validity_months = :validity, bonus_bp = :bonus
                WHERE id = :id AND status = 'DRAFT'""").params(terms(terms, id)).update() == 1;
    }

    void activate(UUID id, Instant now) {
        jdbc.sql("UPDATE program SET status = 'ACTIVE', activated_at = :now WHERE id = :id").param("id", id).param("now", Timestamp.from(now)).update();
    }

    void close(UUID id, String reason, Instant now) {
        jdbc.sql("UPDATE program SET status = 'CLOSED', closed_at = :now, close_reason = :reason WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(now)).param("reason", reason).update();
    }

    private static Map<String, Object> terms(ProgramTerms.Valid terms, UUID id) {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("id", id);
        params.put("de", terms.names().get("de"));
        params.put("sl", terms.names().get("sl"));
        params.put("hu", terms.names().get("hu"));
        params.put("en", terms.names().get("en"));
        params.put("issuer", terms.issuer());
        params.put("currency", terms.currency().name());
        params.put("coverage", terms.coverage().name());
        params.put("cities", terms.cityCodes().toArray(String[]::new));
        params.put("denominations", terms.denominations().stream().map(Money::minor).toArray(Long[]::new));
        params.put("min", terms.freeMin() == null ? null : terms.freeMin().minor());
        params.put("max", terms.freeMax() == null ? null : terms.freeMax().minor());
        params.put("validity", terms.validityMonths());
        params.put("bonus", terms.bonusBasisPoints());
        return params;
    }

    private static Program map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.valueOf(rs.getString("currency"));
        List<BigDecimal> denominations = Arrays.stream((Long[]) rs.getArray("denominations").getArray())
                .map(minor -> Money.of(minor, currency).major()).toList();
        long min = rs.getLong("free_min");
        ProgramTerms.FreeAmount free = rs.wasNull() ? null
                : new ProgramTerms.FreeAmount(Money.of(min, currency).major(), Money.of(rs.getLong("free_max"), currency).major());
        return new Program(rs.getObject("id", UUID.class),
                Map.of("de", rs.getString("name_de"), "sl", rs.getString("name_sl"), "hu", rs.getString("name_hu"), "en", rs.getString("name_en")),
                rs.getString("issuer"), currency.name(), ProgramTerms.Coverage.valueOf(rs.getString("coverage")), strings(rs.getArray("city_codes")),
                denominations, free, rs.getInt("validity_months"), BigDecimal.valueOf(rs.getInt("bonus_bp"), 2), Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("activated_at")), instant(rs.getTimestamp("closed_at")),
                rs.getString("close_reason"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
