package org.citycoop.voucher.taxfree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored tax-free rules, one per country of employment, and the log of every operator's change to them. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaxFreeRules {

    /** The countries of employment the cooperation's employers order for. */
    public static final List<String> COUNTRIES = TaxFreeRule.COUNTRIES;

    /** One operator's change: who, when, and the rule before and after (as stored, JSON). */
    public record Change(long id, String country, Instant at, String by, String before, String after) {
    }

    private static final String COLUMNS = "country, currency, period, limit_amount, per_occasion, occasions, source, note, updated_at, updated_by";

    private final JdbcClient jdbc;

    public List<TaxFreeRule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_free_rule ORDER BY country").query(TaxFreeRules::map).list();
    }

    public Optional<TaxFreeRule> of(String country) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_free_rule WHERE country = :c").param("c", country).query(TaxFreeRules::map).optional();
    }

    /** Replaces the country's rule and logs the change (the rule before and after, as stored), in the caller's transaction. */
    void replace(TaxFreeRule rule) {
        jdbc.sql("SELECT country FROM tax_free_rule WHERE country = :c FOR UPDATE").param("c", rule.country()).query(String.class).single();
        jdbc.sql("""
                WITH old AS (SELECT to_jsonb(r) AS row FROM tax_free_rule r WHERE country = :c),
                     changed AS (UPDATE tax_free_rule SET currency = :currency, period = :period, limit_amount = :limit, per_occasion = :perOccasion,
                                        occasions = :occasions, source = :source, note = :note, updated_at = :at, updated_by = :by
                                 WHERE country = :c RETURNING to_jsonb(tax_free_rule) AS row)
                INSERT INTO tax_free_rule_change (country, changed_at, changed_by, before, after)
                SELECT :c, :at, :by, old.row, changed.row FROM old, changed""")
                .param("currency", rule.currency().name()).param("period", rule.period().name()).param("limit", rule.limit().minor())
                .param("perOccasion", rule.perOccasion() == null ? null : rule.perOccasion().minor()).param("occasions", rule.occasions())
                .param("source", rule.source()).param("note", rule.note()).param("at", Timestamp.from(rule.updatedAt())).param("by", rule.updatedBy())
                .param("c", rule.country()).update();
    }

    /** The changes to a country's rule, newest first. */
    public List<Change> changes(String country) {
        return jdbc.sql("""
                SELECT id, country, changed_at, changed_by, before::text AS before, after::text AS after
                FROM tax_free_rule_change WHERE country = :c ORDER BY changed_at DESC, id DESC""")
                .param("c", country).query((rs, n) -> new Change(rs.getLong("id"), rs.getString("country"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), rs.getString("before"), rs.getString("after")))
                .list();
    }

    private static TaxFreeRule map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.valueOf(rs.getString("currency").strip());
        long perOccasion = rs.getLong("per_occasion");
        @Nullable Money occasionLimit = rs.wasNull() ? null : Money.of(perOccasion, currency);
        int occasions = rs.getInt("occasions");
        @Nullable Integer occasionCount = rs.wasNull() ? null : occasions;
        return new TaxFreeRule(rs.getString("country").strip(), currency, TaxFreeRule.Period.valueOf(rs.getString("period")),
                Money.of(rs.getLong("limit_amount"), currency), occasionLimit, occasionCount, rs.getString("source"), rs.getString("note"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
