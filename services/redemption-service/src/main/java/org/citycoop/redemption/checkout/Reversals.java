package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.redemption.checkout.decision.Reversal;
import org.citycoop.redemption.checkout.decision.ReversalRefusal;
import org.citycoop.redemption.checkout.decision.Reversing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: the merchant gives back all or part of a redemption (a returned purchase) within the
 * reversal window ({@code citycoop.checkout.reversal-window}, default 14 days). The rules are
 * {@link Reversing}'s; this loads the redemption (locked), and carries the decision out: the redemption's
 * {@code reversed} sum and the voucher's balance change in one transaction with the event; a check
 * constraint holds the sum at most the amount redeemed. Idempotent by {@code Idempotency-Key} (the kit's
 * {@link IdempotentCommands}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reversals {

    /** Reversal keys, apart from redemption keys; a second request with a key in use is told to retry. */
    static final KeyScope REVERSALS = KeyScope.refusingWhileBusy("reversal", "redemption-in-progress");

    /** What a reversal request comes to: the refund, or why there is none. */
    public sealed interface Result permits Reversed, Refused {
    }

    /** The refund. */
    public record Reversed(UUID reversalId, UUID redemptionId, UUID voucherId, Money amount, Money balanceAfter, Instant at, boolean replayed)
            implements Result {
    }

    /** Nothing given back, for {@code refusal} (a problem detail at the web edge). */
    public record Refused(ReversalRefusal refusal) implements Result {
    }

    private final Reversing reversing = Reversing.withAllCurrentPolicies();
    private final Vouchers vouchers;
    private final Redemptions redemptions;
    private final IdempotentCommands commands;
    private final IntegrationEvents events;
    private final ReversalSettings settings;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Result reverse(UUID redemptionId, @Nullable BigDecimal requested, @Nullable String key, Caller caller) {
        return reverse(redemptionId, requested, key, caller, clock.instant());
    }

    /** A reversal as if made at {@code at}; only the demo's settled past weeks use a moment other than now. */
    @Transactional
    Result reverse(UUID redemptionId, @Nullable BigDecimal requested, @Nullable String key, Caller caller, Instant at) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(caller.subject(), key);
        String requestHash = RequestFingerprint.of(redemptionId, requested == null ? "all" : requested).plain();
        return commands.<Result>run(REVERSALS, idempotencyKey, requestHash, () -> redemptions.earlierReversal(idempotencyKey),
                () -> carryOut(redemptionId, requested, idempotencyKey, requestHash, caller, at.truncatedTo(ChronoUnit.MICROS))).value();
    }

    private Result carryOut(UUID redemptionId, @Nullable BigDecimal requested, IdempotencyKey key, String requestHash, Caller caller, Instant now) {
        Optional<Reversal.Redeemed> redeemed = redemptions.approvedForUpdate(redemptionId);
        Reversal reversal = new Reversal(redeemed.orElse(null), redeemed.filter(r -> caller.actsFor(r.merchantId())).isPresent(), requested,
                settings.reversalWindow(), now);
        return switch (reversing.decide(reversal)) {
            case Reversing.Refused(ReversalRefusal refusal) -> new Refused(refusal);
            case Reversing.GiveBack(Money amount) -> {
                Reversal.Redeemed original = redeemed.orElseThrow();
                Vouchers.Changed credited = vouchers.credit(original.voucherId(), amount);
                UUID id = UUID.randomUUID();
                redemptions.addReversal(new Redemptions.Reversed(id, redemptionId, key, requestHash, amount, credited.balance(), credited.sequence(), now));
                events.publish(new RedemptionReversed(id, redemptionId, original.voucherId(), original.merchantId(), amount.minor(), amount.currency().name(),
                        credited.balance(), credited.sequence(), now));
                yield new Reversed(id, redemptionId, original.voucherId(), amount, Money.of(credited.balance(), amount.currency()), now, false);
            }
        };
    }
}
