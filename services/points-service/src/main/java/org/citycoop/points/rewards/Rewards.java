package org.citycoop.points.rewards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.platform.refusal.Refused;
import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.points.RewardVoucherRequested;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.points.ledger.Ledger;
import org.citycoop.points.rewards.decision.Converting;
import org.citycoop.points.rewards.decision.Cataloguing;
import org.citycoop.points.rewards.decision.ConversionRefusal;
import org.citycoop.points.rewards.decision.NewReward;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The reward catalogue and conversions. A conversion debits the points with one conditional update
 * (never below zero), writes the balanced ledger transaction (shopper −n, converted +n), and publishes
 * {@code PointsConverted} and {@code RewardVoucherRequested} through the outbox in the same
 * transaction; voucher-service issues the voucher once per request id. The shopper's Idempotency-Key
 * makes a retried request return the same conversion (another body with the key: 422). Whether it converts is
 * {@link Converting}'s decision; a refusal is a {@link ConversionRefused}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Rewards {

    /** A catalogue entry. */
    public record Reward(UUID id, UUID programId, Map<String, String> names, BigDecimal amount, String currency, long points, boolean active) {
    }

    /** A conversion as the shopper sees it. */
    public record Conversion(UUID id, UUID rewardId, long points, long balanceAfter, Instant convertedAt, boolean replayed) {
    }

    /** A second conversion with a key still in use waits for the first, then gets its answer. */
    private static final KeyScope CONVERSIONS = KeyScope.waiting("conversion");

    private static final Converting CONVERTING = Converting.withAllCurrentPolicies();

    private final RewardCatalogue catalogue;
    private final Conversions conversions;
    private final IdempotentCommands commands;
    private final IntegrationEvents events;
    private final Ledger ledger;
    private final Clock clock = Clock.systemUTC();

    public List<Reward> catalogue() {
        return catalogue.active();
    }

    @Transactional
    public Reward add(NewReward request, @Nullable UUID id) {
        Cataloguing.Add entry = switch (Cataloguing.decide(request)) {
            case Cataloguing.Refused refused -> throw new Refused(refused);
            case Cataloguing.Add add -> add;
        };
        UUID rewardId = id == null ? UUID.randomUUID() : id;
        catalogue.add(rewardId, entry.programId(), entry.names(), entry.amount(), entry.currency(), entry.points());
        return catalogue.byId(rewardId).orElseThrow();
    }

    @Transactional
    public Conversion convert(UUID shopper, @Nullable UUID rewardId, @Nullable String key) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(shopper.toString(), key);
        if (rewardId == null) {
            throw new ConversionRefused(new ConversionRefusal.RewardMissing());
        }
        String requestHash = RequestFingerprint.of(rewardId).plain();
        return commands.run(CONVERSIONS, idempotencyKey, requestHash, () -> earlier(shopper, idempotencyKey),
                () -> convertNow(shopper, rewardId, idempotencyKey, requestHash)).value();
    }

    private Optional<Earlier<Conversion>> earlier(UUID shopper, IdempotencyKey key) {
        return conversions.withKey(shopper, key.value());
    }

    private Conversion convertNow(UUID shopper, UUID rewardId, IdempotencyKey key, String requestHash) {
        // one conversion per shopper at a time: the balance row is the lock
        long has = ledger.lock(shopper);
        Optional<Reward> found = catalogue.byId(rewardId);
        var asked = new org.citycoop.points.rewards.decision.Conversion(rewardId, found.map(Rewards::offer).orElse(null), has);
        if (CONVERTING.decide(asked) instanceof Converting.Refused refused) {
            throw new ConversionRefused(refused.refusal());
        }
        Reward reward = found.orElseThrow();
        UUID conversion = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long balance = ledger.debit(conversion, shopper, Ledger.Account.CONVERTED, reward.points(), Ledger.Kind.CONVERSION, now);
        conversions.add(conversion, shopper, key.value(), requestHash, rewardId, reward.points(), balance, now);
        Money value = Money.ofMajor(reward.amount(), Currency.valueOf(reward.currency()));
        events.publish(new PointsConverted(conversion, shopper, rewardId, reward.points(), balance, now));
        events.publish(new RewardVoucherRequested(conversion, shopper, reward.programId(), value.minor(), value.currency().name(), reward.points(), now));
        return new Conversion(conversion, rewardId, reward.points(), balance, now, false);
    }

    private static org.citycoop.points.rewards.decision.Conversion.Offer offer(Reward reward) {
        return new org.citycoop.points.rewards.decision.Conversion.Offer(reward.id(), reward.points(), reward.active());
    }
}
