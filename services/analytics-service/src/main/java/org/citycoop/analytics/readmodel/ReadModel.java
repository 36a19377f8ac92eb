package org.citycoop.analytics.readmodel;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.points.PointsExpired;
import org.citycoop.contracts.points.PointsReversed;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.contracts.voucher.VoucherTransferred;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Writes facts and dimensions, one event at a time, in the consumer's transaction. Every write is
 * keyed by the fact's own id ({@code ON CONFLICT DO NOTHING}, dimensions upserted), so an event
 * applied again, even under another event id, changes nothing.
 */
@Component
@RequiredArgsConstructor
class ReadModel {

    private final JdbcClient jdbc;
    private final HufRates rates;
    private final Rollups rollups;

    /** The days of a voucher's facts: its sale, spending, reversals and end. */
    private void touchVoucher(UUID voucher) {
        rollups.touch("""
                SELECT day FROM fact_sale WHERE voucher_id = :v UNION SELECT day FROM fact_redemption WHERE voucher_id = :v
                UNION SELECT day FROM fact_reversal WHERE voucher_id = :v UNION SELECT day FROM fact_voucher_end WHERE voucher_id = :v""",
                java.util.Map.of("v", voucher));
    }

    void merchant(MerchantRegistered e) {
        merchant(e.merchantId(), e.tradingName(), e.cityCode(), e.countryCode(), e.naceCode());
    }

    void merchant(MerchantUpdated e) {
        merchant(e.merchantId(), e.tradingName(), e.cityCode(), e.countryCode(), e.naceCode());
    }

    private void merchant(UUID id, String name, String city, String country, String nace) {
        // a new shop, or one that moved to another city or sector, changes the rollups of the days it sold on
        boolean moved = jdbc.sql("SELECT count(*) FROM dim_merchant WHERE merchant_id = :id AND city_code = :city AND country_code = :country AND nace_code = :nace")
                .param("id", id).param("city", city).param("country", country).param("nace", nace).query(Long.class).single() == 0;
        if (moved) {
            rollups.touch("""
                    SELECT day FROM fact_redemption WHERE merchant_id = :m UNION SELECT day FROM fact_reversal WHERE merchant_id = :m
                    UNION SELECT day FROM fact_purchase WHERE merchant_id = :m""", java.util.Map.of("m", id));
        }
        jdbc.sql("""
                INSERT INTO dim_merchant (merchant_id, name, city_code, country_code, nace_code) VALUES (:id, :name, :city, :country, :nace)
                ON CONFLICT (merchant_id) DO UPDATE SET name = excluded.name, city_code = excluded.city_code, country_code = excluded.country_code,
                    nace_code = excluded.nace_code""")
                .param("id", id).param("name", name).param("city", city).param("country", country).param("nace", nace).update();
    }

    void shopper(UserRegistered e) {
        if (e.roles().contains("SHOPPER")) {
            // the home city of the holder of vouchers spent before it was known
            rollups.touch("""
                    SELECT r.day FROM fact_sale s JOIN fact_redemption r ON r.voucher_id = s.voucher_id WHERE s.holder_id = :s
                    UNION SELECT r.day FROM fact_sale s JOIN fact_reversal r ON r.voucher_id = s.voucher_id WHERE s.holder_id = :s""",
                    java.util.Map.of("s", e.userId()));
            jdbc.sql("INSERT INTO dim_shopper (shopper_id, home_city) VALUES (:id, :home) ON CONFLICT (shopper_id) DO UPDATE SET home_city = excluded.home_city")
                    .param("id", e.userId()).param("home", e.homeCity()).update();
        }
    }

    void program(ProgramActivated e) {
        String name = e.names().getOrDefault("en", e.names().values().stream().findFirst().orElse(e.programId().toString()));
        jdbc.sql("""
                INSERT INTO dim_program (program_id, issuer, currency, coverage, name) VALUES (:id, :issuer, :currency, :coverage, :name)
                ON CONFLICT (program_id) DO UPDATE SET issuer = excluded.issuer, currency = excluded.currency, coverage = excluded.coverage, name = excluded.name""")
                .param("id", e.programId()).param("issuer", e.issuer()).param("currency", e.currency()).param("coverage", e.coverage()).param("name", name)
                .update();
    }

    void sale(VoucherIssued e) {
        BigDecimal rate = rates.of(e.currency(), Euros.dayOf(e.issuedAt()));
        jdbc.sql("""
                INSERT INTO fact_sale (voucher_id, program_id, issuer, currency, face_value, price, subsidy, face_eur, rate, channel, holder_id, day, issued_at)
                VALUES (:v, :p, :issuer, :currency, :face, :price, :subsidy, :faceEur, :rate, :channel, :holder, :day, :at) ON CONFLICT DO NOTHING""")
                .param("v", e.voucherId()).param("p", e.programId()).param("issuer", e.issuer()).param("currency", e.currency())
                .param("face", e.faceValue()).param("price", e.price()).param("subsidy", e.subsidy())
                .param("faceEur", Euros.cents(e.faceValue(), e.currency(), rate)).param("rate", rate).param("channel", e.channel())
                .param("holder", e.holderId()).param("day", Euros.dayOf(e.issuedAt())).param("at", Timestamp.from(e.issuedAt())).update();
        touchVoucher(e.voucherId());
    }

    void transfer(VoucherTransferred e) {
        jdbc.sql("UPDATE fact_sale SET holder_id = :to WHERE voucher_id = :v").param("to", e.toHolderId()).param("v", e.voucherId()).update();
        touchVoucher(e.voucherId());
    }

    /**
     * A redemption in euros is its euro side: a euro voucher's amount, or the euros a euro shop was
     * credited for a forint voucher (at the rate recorded on it). A forint voucher in a forint shop
     * carries no EUR/HUF rate: it is converted at the rate of its day. A redemption across the border
     * records its rate for the forint facts of its day and later ones (ADR 22).
     */
    void redemption(VoucherRedeemed e) {
        LocalDate day = Euros.dayOf(e.redeemedAt());
        BigDecimal recorded = e.currency().equals(e.merchantCurrency()) ? null : Euros.hufPerEur(e.exchangeRate());
        BigDecimal rate;
        long eur;
        if ("EUR".equals(e.currency())) {
            rate = BigDecimal.ONE;
            eur = e.amount();
        } else if ("EUR".equals(e.merchantCurrency())) {
            rate = recorded != null ? recorded : rates.of(e.currency(), day);
            eur = e.merchantAmount();
        } else {
            rate = rates.of(e.currency(), day);
            eur = Euros.cents(e.amount(), e.currency(), rate);
        }
        int inserted = jdbc.sql("""
                INSERT INTO fact_redemption (redemption_id, voucher_id, merchant_id, amount, currency, amount_eur, rate, merchant_amount, merchant_currency,
                    day, redeemed_at)
                VALUES (:r, :v, :m, :amount, :currency, :eur, :rate, :mAmount, :mCurrency, :day, :at) ON CONFLICT DO NOTHING""")
                .param("r", e.redemptionId()).param("v", e.voucherId()).param("m", e.merchantId()).param("amount", e.amount())
                .param("currency", e.currency()).param("eur", eur).param("rate", rate)
                .param("mAmount", e.merchantAmount()).param("mCurrency", e.merchantCurrency()).param("day", day)
                .param("at", Timestamp.from(e.redeemedAt())).update();
        if (inserted > 0) {
            rollups.touch(day);
            // its reversals read before it were converted at their day's rate: now at its own
            jdbc.sql("""
                    WITH changed AS (UPDATE fact_reversal SET amount_eur = round(amount * 100 / :rate)
                                     WHERE redemption_id = :r AND currency = 'HUF' AND amount_eur <> round(amount * 100 / :rate) RETURNING day)
                    INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""").param("r", e.redemptionId()).param("rate", rate).update();
        }
        if (recorded != null) {
            rates.recorded(e.redemptionId(), e.redeemedAt(), recorded);
        }
    }

    void reversal(RedemptionReversed e) {
        // at the rate of the redemption it takes back, when known
        BigDecimal rate = jdbc.sql("SELECT rate FROM fact_redemption WHERE redemption_id = :r").param("r", e.redemptionId()).query(BigDecimal.class)
                .optional().orElseGet(() -> rates.of(e.currency(), Euros.dayOf(e.reversedAt())));
        int inserted = jdbc.sql("""
                INSERT INTO fact_reversal (reversal_id, redemption_id, voucher_id, merchant_id, amount, currency, amount_eur, day)
                VALUES (:id, :r, :v, :m, :amount, :currency, :eur, :day) ON CONFLICT DO NOTHING""")
                .param("id", e.reversalId()).param("r", e.redemptionId()).param("v", e.voucherId()).param("m", e.merchantId())
                .param("amount", e.amount()).param("currency", e.currency()).param("eur", Euros.cents(e.amount(), e.currency(), rate))
                .param("day", Euros.dayOf(e.reversedAt())).update();
        if (inserted > 0) {
            rollups.touch(Euros.dayOf(e.reversedAt()));
        }
    }

    void purchase(PurchaseRecorded e) {
        BigDecimal rate = rates.of(e.currency(), Euros.dayOf(e.recordedAt()));
        int inserted = jdbc.sql("""
                INSERT INTO fact_purchase (purchase_id, merchant_id, city_code, shopper_id, basket_total, currency, basket_eur, voucher_amount, voucher_eur, day)
                VALUES (:p, :m, :city, :s, :basket, :currency, :basketEur, :voucher, :voucherEur, :day) ON CONFLICT DO NOTHING""")
                .param("p", e.purchaseId()).param("m", e.merchantId()).param("city", e.cityCode()).param("s", e.shopperId())
                .param("basket", e.basketTotal()).param("currency", e.currency()).param("basketEur", Euros.cents(e.basketTotal(), e.currency(), rate))
                .param("voucher", e.voucherAmount()).param("voucherEur", Euros.cents(e.voucherAmount(), e.currency(), rate))
                .param("day", Euros.dayOf(e.recordedAt())).update();
        if (inserted > 0) {
            rollups.touch(Euros.dayOf(e.recordedAt()));
        }
    }

    void expiry(VoucherExpired e) {
        end(e.voucherId(), "EXPIRED", e.breakage(), e.currency(), e.expiredAt());
    }

    void cancellation(VoucherCancelled e) {
        end(e.voucherId(), "CANCELLED", e.refund(), e.currency(), e.cancelledAt());
    }

    private void end(UUID voucher, String kind, long amount, String currency, java.time.Instant at) {
        BigDecimal rate = rates.of(currency, Euros.dayOf(at));
        int inserted = jdbc.sql("""
                INSERT INTO fact_voucher_end (voucher_id, kind, amount, currency, amount_eur, day) VALUES (:v, :kind, :amount, :currency, :eur, :day)
                ON CONFLICT DO NOTHING""")
                .param("v", voucher).param("kind", kind).param("amount", amount).param("currency", currency)
                .param("eur", Euros.cents(amount, currency, rate)).param("day", Euros.dayOf(at)).update();
        if (inserted > 0) {
            rollups.touch(Euros.dayOf(at));
        }
    }

    void points(PointsAccrued e) {
        points("accrued:" + e.purchaseId(), "ACCRUED", e.shopperId(), e.cityCode(), e.points(), e.accruedAt());
    }

    void points(PointsConverted e) {
        points("converted:" + e.conversionId(), "CONVERTED", e.shopperId(), null, e.points(), e.convertedAt());
    }

    void points(PointsExpired e) {
        points("expired:" + e.expiryId(), "EXPIRED", e.shopperId(), null, e.points(), e.expiredAt());
    }

    void points(PointsReversed e) {
        points("reversed:" + e.refundId(), "REVERSED", e.shopperId(), null, e.points(), e.reversedAt());
    }

    private void points(String key, String kind, UUID shopper, String city, long points, java.time.Instant at) {
        int inserted = jdbc.sql("""
                INSERT INTO fact_points (event_key, kind, shopper_id, city_code, points, day) VALUES (:k, :kind, :s, :city, :points, :day)
                ON CONFLICT DO NOTHING""")
                .param("k", key).param("kind", kind).param("s", shopper).param("city", city).param("points", points).param("day", Euros.dayOf(at))
                .update();
        if (inserted > 0) {
            rollups.touch(Euros.dayOf(at));
        }
    }
}
