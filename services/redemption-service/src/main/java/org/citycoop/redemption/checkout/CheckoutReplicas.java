package org.citycoop.redemption.checkout;

import java.sql.Timestamp;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.ProgramWithdrawn;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.ProgramClosed;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.contracts.voucher.VoucherTransferred;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What checkout decides with, kept from events, each applied once: vouchers (from voucher-service:
 * issued, cancelled, expired, handed over with a new code), programs' coverage, stores' cities and
 * merchants' accepted programs (from merchant-service). A voucher's balance is never set from an
 * event after issue: this service is its only writer.
 */
@Component
class CheckoutReplicas {

    static final String VOUCHERS = "redemption-service.vouchers";
    static final String PLACES = "redemption-service.places";

    private final JdbcClient jdbc;
    private final InboundEvents.EventConsumer vouchers;
    private final InboundEvents.EventConsumer places;

    CheckoutReplicas(JdbcClient jdbc, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.vouchers = inbound.consumer(VOUCHERS)
                .on(VoucherIssued.class, this::issued)
                .on(VoucherCancelled.class, e -> status(e.voucherId(), "CANCELLED"))
                .on(VoucherExpired.class, e -> status(e.voucherId(), "EXPIRED"))
                .on(VoucherTransferred.class, e -> jdbc.sql("UPDATE voucher SET code_hash = :h WHERE id = :id").param("h", e.codeHash())
                        .param("id", e.voucherId()).update())
                .on(ProgramActivated.class, e -> jdbc.sql("""
                        INSERT INTO program (id, currency, city_codes, status) VALUES (:id, :currency, :cities, 'ACTIVE') ON CONFLICT (id) DO NOTHING""")
                        .param("id", e.programId()).param("currency", e.currency()).param("cities", e.cityCodes().toArray(String[]::new)).update())
                .on(ProgramClosed.class, e -> jdbc.sql("UPDATE program SET status = 'CLOSED' WHERE id = :id").param("id", e.programId()).update())
                .build();
        this.places = inbound.consumer(PLACES)
                .on(StoreOpened.class, e -> jdbc.sql("""
                        INSERT INTO store (id, merchant_id, city_code) VALUES (:id, :m, :city) ON CONFLICT (id) DO NOTHING""")
                        .param("id", e.storeId()).param("m", e.merchantId()).param("city", e.cityCode()).update())
                .on(ProgramAccepted.class, e -> jdbc.sql("INSERT INTO acceptance (merchant_id, program_id) VALUES (:m, :p) ON CONFLICT DO NOTHING")
                        .param("m", e.merchantId()).param("p", e.programId()).update())
                .on(ProgramWithdrawn.class, e -> jdbc.sql("DELETE FROM acceptance WHERE merchant_id = :m AND program_id = :p")
                        .param("m", e.merchantId()).param("p", e.programId()).update())
                .on(org.citycoop.contracts.merchant.PayoutAccountSet.class, e -> jdbc.sql("""
                        INSERT INTO payout_account (merchant_id, account_holder, iban, set_at) VALUES (:m, :holder, :iban, :at)
                        ON CONFLICT (merchant_id) DO UPDATE SET account_holder = excluded.account_holder, iban = excluded.iban, set_at = excluded.set_at
                        WHERE payout_account.set_at <= excluded.set_at""")
                        .param("m", e.merchantId()).param("holder", e.accountHolder()).param("iban", e.iban()).param("at", Timestamp.from(e.setAt())).update())
                .build();
    }

    private void issued(VoucherIssued e) {
        jdbc.sql("""
                INSERT INTO voucher (id, code_hash, program_id, issuer, currency, face_value, balance, status, expires_at)
                VALUES (:id, :hash, :program, :issuer, :currency, :face, :face, 'ACTIVE', :expires) ON CONFLICT (id) DO NOTHING""")
                .param("id", e.voucherId()).param("hash", e.codeHash()).param("program", e.programId()).param("issuer", e.issuer())
                .param("currency", e.currency()).param("face", e.faceValue()).param("expires", Timestamp.from(e.expiresAt())).update();
    }

    private void status(java.util.UUID voucherId, String status) {
        jdbc.sql("UPDATE voucher SET status = :status WHERE id = :id AND status = 'ACTIVE'").param("status", status).param("id", voucherId).update();
    }

    @KafkaListener(id = VOUCHERS, topics = Topics.VOUCHER_EVENTS)
    void onVoucherEvent(ConsumerRecord<String, io.cloudevents.CloudEvent> record) {
        vouchers.accept(record.value());
    }

    @KafkaListener(id = PLACES, topics = Topics.MERCHANT_EVENTS)
    void onMerchantEvent(ConsumerRecord<String, io.cloudevents.CloudEvent> record) {
        places.accept(record.value());
    }
}
