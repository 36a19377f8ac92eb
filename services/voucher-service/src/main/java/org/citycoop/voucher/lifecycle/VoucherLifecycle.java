package org.citycoop.voucher.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherTransferred;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Caller;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.issuance.Vouchers;
import org.citycoop.voucher.lifecycle.decision.Change;
import org.citycoop.voucher.lifecycle.decision.Changing;
import org.citycoop.voucher.lifecycle.decision.Held;
import org.citycoop.voucher.lifecycle.decision.LifecycleRefusal;
import org.citycoop.voucher.shoppers.Shoppers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases after issue. Each change locks the voucher's row, asks {@link Changing}, and stores the
 * change with its event in the same transaction. Giving a voucher away and claiming one both give it a
 * new code: whoever kept the old code (the giver, a photo of the paper) can no longer spend it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VoucherLifecycle {

    /** What a change comes to: the voucher as changed, or why nothing changed. */
    public sealed interface Outcome<T> permits Done, Refused {
    }

    /** The change made (or, cancelling twice, the voucher as it was). */
    public record Done<T>(T value) implements Outcome<T> {
    }

    /** Nothing changed, for {@code refusal} (a problem detail at the web edge). */
    public record Refused<T>(LifecycleRefusal refusal) implements Outcome<T> {
    }

    /** A voucher with the code its (new) holder is shown. */
    public record Handed(Voucher voucher, VoucherCode code) {
    }

    private final Changing changing = Changing.withAllCurrentPolicies();
    private final Vouchers vouchers;
    private final Shoppers shoppers;
    private final CodeVault vault;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    /** An operator cancels a voucher; its unspent balance is refunded (and said in the event). Cancelling twice changes nothing. */
    @Transactional
    public Outcome<Voucher> cancel(UUID id, String reason, Caller caller) {
        Optional<Voucher> voucher = vouchers.lock(id);
        return switch (changing.cancel(new Change(voucher.map(VoucherLifecycle::held).orElse(null), caller.subject()))) {
            case Changing.Refused(LifecycleRefusal refusal) -> new Refused<>(refusal);
            case Changing.AlreadyCancelled() -> new Done<>(voucher.orElseThrow());
            case Changing.Cancel(Money refund) -> {
                Instant now = now();
                vouchers.cancel(id, now, reason.strip());
                events.publish(new VoucherCancelled(id, reason.strip(), refund.minor(), refund.currency().name(), now));
                yield new Done<>(vouchers.byId(id).orElseThrow());
            }
        };
    }

    /**
     * Expires up to {@code batch} active vouchers that are due, and publishes {@code VoucherExpired} for
     * each with its breakage (the unspent balance). Rows another instance is expiring right now are skipped (SKIP LOCKED), and
     * an expired voucher is no longer active: each voucher expires exactly once, however many instances run.
     */
    @Transactional
    public int expireDue(Instant now, int batch) {
        List<Vouchers.Expired> due = vouchers.expireDue(now, batch);
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        due.forEach(voucher -> events.publish(new VoucherExpired(voucher.id(), voucher.programId(), voucher.balance(), voucher.currency().strip(), at)));
        return due.size();
    }

    /** The holder gives a voucher away: it becomes a bearer voucher with a new code, which the giver passes on. */
    @Transactional
    public Outcome<Handed> give(UUID id, Caller caller) {
        Optional<Voucher> voucher = vouchers.lock(id);
        return handOver(voucher, changing.give(new Change(voucher.map(VoucherLifecycle::held).orElse(null), caller.subject())));
    }

    /** A shopper claims a bearer voucher into their wallet with its code (typed or scanned); it gets a new code. */
    @Transactional
    public Outcome<Handed> claim(VoucherCode code, Caller caller) {
        Optional<Voucher> voucher = vouchers.byCodeHash(vault.hash(code));
        Changing.HandingOver decision = changing.claim(new Change(voucher.map(VoucherLifecycle::held).orElse(null), caller.subject()));
        if (decision instanceof Changing.HandOver(UUID shopper) && shopper != null) {
            // the token proves the account; its UserRegistered may not have arrived yet
            shoppers.ensure(shopper, caller.homeCity().orElse(null));
        }
        return handOver(voucher, decision);
    }

    private Outcome<Handed> handOver(Optional<Voucher> voucher, Changing.HandingOver decision) {
        return switch (decision) {
            case Changing.Refused(LifecycleRefusal refusal) -> new Refused<>(refusal);
            case Changing.HandOver(var to) -> {
                Voucher before = voucher.orElseThrow();
                VoucherCode code = VoucherCode.generate();
                String hash = vault.hash(code);
                vouchers.handOver(before.id(), hash, vault.seal(code, before.id()), code.hint(), to);
                events.publish(new VoucherTransferred(before.id(), before.holderId(), to, hash, now()));
                yield new Done<>(new Handed(vouchers.byId(before.id()).orElseThrow(), code));
            }
        };
    }

    /** The voucher as the decision reads it. */
    static Held held(Voucher voucher) {
        return new Held(voucher.id(), voucher.holderId(), Held.State.valueOf(voucher.status().name()), voucher.balance());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
