package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * A store's takings of a day ({@code GET /api/checkout/takings?storeId=&date=}, today in the store's
 * city by default): the vouchers approved there that day, what of each was given back since, and the
 * day's totals in the store's currency, the way settlement credits them (a cross-currency redemption at
 * its own rate, a reversal in proportion); the latest {@value #LISTED} are listed (a busy till takes
 * thousands a day), all are counted. Each line says whether it stands credited, partly or wholly given back, and
 * what of it stays credited. The totals net out reversals on the day they were made ({@code redeemed} less
 * {@code reversed} is {@code net}; a redemption given back in full the same day nets to nothing). For the till's
 * staff and terminals; a store of another merchant is refused like an unknown one.
 */
@RestController
@RequiredArgsConstructor
class Takings {

    /** Where a redemption stands: credited to the store, partly given back, or given back in full (nothing of it credited). */
    enum Standing {
        CREDITED, PARTLY_GIVEN_BACK, GIVEN_BACK;

        static Standing of(long amount, long reversed) {
            return reversed == 0 ? CREDITED : reversed >= amount ? GIVEN_BACK : PARTLY_GIVEN_BACK;
        }
    }

    /**
     * One approved redemption of the day: what the voucher paid, what of it was given back (whenever), and what of
     * it stays credited to the store (its credit less the give-backs in proportion, as settlement counts them).
     */
    record Line(UUID redemptionId, UUID voucherId, Instant at, BigDecimal amount, String currency, BigDecimal reversed, BigDecimal credited,
            String creditCurrency, Standing standing) {
    }

    /** The day at a store: how many redemptions and their totals in the store's currency, the latest {@value #LISTED} listed newest first. */
    record Day(UUID storeId, LocalDate date, String currency, int redemptions, BigDecimal redeemed, BigDecimal reversed, BigDecimal net, List<Line> lines) {
    }

    private record Row(UUID id, UUID voucherId, Instant at, long amount, String currency, long credited, String creditCurrency, long reversed,
            long creditReversed) {
    }

    /** How many of the day's redemptions are listed (the latest); all are counted and summed. */
    static final int LISTED = 100;

    private final CheckoutPlaces places;
    private final JdbcClient jdbc;

    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @GetMapping("/api/checkout/takings")
    Day takings(@RequestParam(required = false) @Nullable UUID storeId, @RequestParam(required = false) @Nullable LocalDate date) {
        CheckoutPlaces.Place place = places.of(storeId, Caller.current().orElseThrow());
        PartnerCity city = PartnerCity.byCode(place.cityCode()).orElseThrow();
        ZoneId zone = city.zone();
        LocalDate day = date == null ? LocalDate.now(zone) : date;
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Currency storeCurrency = Currency.of(city.currency()).orElseThrow();
        record Totals(long count, long credited) {
        }
        // every redemption of the day counted and summed (from the index); the latest LISTED of them shown
        Totals totals = jdbc.sql("""
                SELECT count(*) AS count, coalesce(sum(coalesce(merchant_amount, amount)), 0) AS credited
                FROM redemption WHERE store_id = :store AND outcome = 'APPROVED' AND at >= :from AND at < :to""")
                .param("store", place.storeId()).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(Totals.class).single();
        List<Row> rows = jdbc.sql("""
                SELECT r.id, r.voucher_id, r.at, r.amount, r.currency, coalesce(r.merchant_amount, r.amount) AS credited,
                       coalesce(r.merchant_currency, r.currency) AS credit_currency, r.reversed,
                       (SELECT coalesce(sum(round(x.amount * coalesce(r.merchant_amount, r.amount)::numeric / r.amount)), 0)::bigint
                        FROM reversal x WHERE x.redemption_id = r.id) AS credit_reversed
                FROM redemption r
                WHERE r.store_id = :store AND r.outcome = 'APPROVED' AND r.at >= :from AND r.at < :to
                ORDER BY r.at DESC, r.id LIMIT :listed""")
                .param("store", place.storeId()).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .param("listed", LISTED).query(Row.class).list();
        // reversals made that day at this store, of any day's redemptions, credited back in proportion (as settlement does)
        long reversedToday = jdbc.sql("""
                SELECT coalesce(sum(round(x.amount * coalesce(r.merchant_amount, r.amount)::numeric / r.amount)), 0)::bigint
                FROM reversal x JOIN redemption r ON r.id = x.redemption_id
                WHERE r.store_id = :store AND x.at >= :from AND x.at < :to""")
                .param("store", place.storeId()).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(Long.class).single();
        List<Line> lines = rows.stream().map(row -> {
            Currency paid = Currency.of(row.currency()).orElseThrow();
            Currency credit = Currency.of(row.creditCurrency()).orElseThrow();
            Standing standing = Standing.of(row.amount(), row.reversed());
            long stillCredited = standing == Standing.GIVEN_BACK ? 0 : Math.max(0, row.credited() - row.creditReversed());
            return new Line(row.id(), row.voucherId(), row.at(), Money.of(row.amount(), paid).major(), row.currency(), Money.of(row.reversed(), paid).major(),
                    Money.of(stillCredited, credit).major(), row.creditCurrency(), standing);
        }).toList();
        return new Day(place.storeId(), day, storeCurrency.name(), Math.toIntExact(totals.count()), Money.of(totals.credited(), storeCurrency).major(),
                Money.of(reversedToday, storeCurrency).major(), Money.of(totals.credited() - reversedToday, storeCurrency).major(), lines);
    }
}
