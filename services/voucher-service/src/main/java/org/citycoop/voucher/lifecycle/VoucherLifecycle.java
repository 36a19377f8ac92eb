package org.citycoop.voucher.lifecycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherTransferred;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.issuance.Vouchers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases after issue. Each change locks the voucher's row and publishes its event in the same
 * transaction. Giving a voucher away and claiming one both give it a new code: whoever kept the old
 * code (the giver, a photo of the paper) can no longer spend it.
 */
@Service
public class VoucherLifecycle {

    /** A voucher with the code its (new) holder is shown. */
    public record Handed(Voucher voucher, VoucherCode code) {
    }

    private final JdbcClient jdbc;
    private final Vouchers vouchers;
    private final CodeVault vault;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    VoucherLifecycle(JdbcClient jdbc, Vouchers vouchers, CodeVault vault, IntegrationEvents events) {
        this.jdbc = jdbc;
        this.vouchers = vouchers;
        this.vault = vault;
        this.events = events;
    }

    /** An operator cancels a voucher; its unspent balance is refunded (and said in the event). Cancelling twice changes nothing. */
    @Transactional
    public Voucher cancel(UUID id, String reason) {
        Voucher voucher = vouchers.lock(id).orElseThrow(VoucherLifecycle::unknown);
        if (voucher.status() == Voucher.Status.CANCELLED) {
            return voucher;
        }
        requireActive(voucher);
        Instant now = now();
        long refund = vouchers.balance(id);
        jdbc.sql("UPDATE voucher SET status = 'CANCELLED', ended_at = :at, end_reason = :reason WHERE id = :id")
                .param("at", Timestamp.from(now)).param("reason", reason.strip()).param("id", id).update();
        events.publish(new VoucherCancelled(id, reason.strip(), refund, voucher.faceValue().currency().name(), now));
        return vouchers.byId(id).orElseThrow();
    }

    /**
     * Expires up to {@code batch} active vouchers that are due, and publishes {@code VoucherExpired} for
     * each with its breakage. Rows another instance is expiring right now are skipped (SKIP LOCKED), and
     * an expired voucher is no longer active: each voucher expires exactly once, however many instances run.
     */
    @Transactional
    public int expireDue(Instant now, int batch) {
        record Due(UUID id, UUID programId, long balance, String currency) {
        }
        List<Due> due = jdbc.sql("""
                UPDATE voucher SET status = 'EXPIRED', ended_at = :now, end_reason = 'expired'
                WHERE id IN (SELECT id FROM voucher WHERE status = 'ACTIVE' AND expires_at <= :now ORDER BY expires_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING id, program_id, balance, currency""")
                .param("now", Timestamp.from(now)).param("batch", batch).query(Due.class).list();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        due.forEach(voucher -> events.publish(new VoucherExpired(voucher.id(), voucher.programId(), voucher.balance(), voucher.currency().strip(), at)));
        return due.size();
    }

    /** The holder gives a voucher away: it becomes a bearer voucher with a new code, which the giver passes on. */
    @Transactional
    public Handed give(UUID id, Caller caller) {
        Voucher voucher = vouchers.lock(id).orElseThrow(VoucherLifecycle::unknown);
        if (voucher.holderId() == null || !voucher.holderId().toString().equals(caller.subject())) {
            throw unknown();
        }
        requireActive(voucher);
        return handOver(voucher, null);
    }

    /** No voucher has the code a shopper gave (404 {@code code-unknown}): the claims throttle counts these. */
    public static final class CodeUnknown extends RequestRejected {
        CodeUnknown() {
            super(HttpStatus.NOT_FOUND, "code-unknown", List.of());
        }
    }

    /** The code as typed or scanned, or a 400 naming the field (a typo is caught by the check symbol): before anything is looked up or counted. */
    public static VoucherCode claimedCode(@Nullable String typedCode) {
        return VoucherCode.parse(typedCode).orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("code", "wallet.code-invalid"))));
    }

    /** A shopper claims a bearer voucher into their wallet with its code (typed or scanned); it gets a new code. */
    @Transactional
    public Handed claim(VoucherCode code, Caller caller) {
        Voucher voucher = vouchers.byCodeHash(vault.hash(code)).orElseThrow(CodeUnknown::new);
        if (voucher.holderId() != null) {
            throw new RequestRejected(HttpStatus.CONFLICT, "voucher-not-claimable", List.of());
        }
        requireActive(voucher);
        UUID shopper = UUID.fromString(caller.subject());
        // the token proves the account; its UserRegistered may not have arrived yet
        jdbc.sql("INSERT INTO shopper (id, home_city, registered_at) VALUES (:id, :city, now()) ON CONFLICT (id) DO NOTHING")
                .param("id", shopper).param("city", caller.homeCity().orElse(null)).update();
        return handOver(voucher, shopper);
    }

    private Handed handOver(Voucher voucher, @Nullable UUID to) {
        VoucherCode code = VoucherCode.generate();
        String hash = vault.hash(code);
        jdbc.sql("UPDATE voucher SET code_hash = :hash, code_sealed = :sealed, code_hint = :hint, holder_id = :holder WHERE id = :id")
                .param("hash", hash).param("sealed", vault.seal(code, voucher.id())).param("hint", code.hint()).param("holder", to)
                .param("id", voucher.id()).update();
        events.publish(new VoucherTransferred(voucher.id(), voucher.holderId(), to, hash, now()));
        return new Handed(vouchers.byId(voucher.id()).orElseThrow(), code);
    }

    private static void requireActive(Voucher voucher) {
        if (voucher.status() != Voucher.Status.ACTIVE) {
            throw new RequestRejected(HttpStatus.CONFLICT, "voucher-ended", List.of(), voucher.status());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static RequestRejected unknown() {
        return new RequestRejected(HttpStatus.NOT_FOUND, "voucher-unknown", List.of());
    }
}
