package org.citycoop.redemption.settlement;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.redemption.MerchantSettled;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.redemption.merchants.MerchantReplica;
import org.citycoop.redemption.settlement.decision.Period;
import org.citycoop.redemption.settlement.decision.SettlementRefusal;
import org.citycoop.redemption.settlement.decision.SettlementRequest;
import org.citycoop.redemption.settlement.decision.Settling;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: an operator settles a period (days in the network's time zone, Central European). Every
 * approved redemption and every reversal up to the period's end that is not settled yet is settled now,
 * per merchant, program issuer and the merchant's currency: redeemed less reversed is the payout, and
 * {@code MerchantSettled} says so. Settling the same period again finds nothing new. Amounts are what
 * the merchant was credited (for a cross-currency redemption, in the store's currency; its reversal at
 * the redemption's rate). The rules are {@link Settling}'s; this locks and loads the open lines, and stores
 * each statement with its event in one transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Settlements {

    /** The business days' zone: Vienna, Ljubljana and Budapest keep the same time. */
    public static final ZoneId ZONE = Period.ZONE;

    /** A statement line: one merchant, one issuer, one period. */
    public record Statement(UUID id, UUID merchantId, String issuer, String currency, LocalDate periodFrom, LocalDate periodTo, int redemptions,
            long redeemed, long reversed, long payout, Instant settledAt) {
    }

    /** A statement of a period as operators list it: with the merchant's name (as merchant-service announced it) and city. */
    public record Settled(UUID id, UUID merchantId, @Nullable String merchant, @Nullable String cityCode, String issuer, String currency, LocalDate periodFrom,
            LocalDate periodTo, int redemptions, long redeemed, long reversed, long payout, Instant settledAt) {
    }

    /** What a settlement request comes to: the statements of the period, or why it is not settled. */
    public sealed interface Outcome permits Closed, Refused {
    }

    /** The period's new statements (none when everything in it was settled before). */
    public record Closed(List<Statement> statements) implements Outcome {
    }

    /** Nothing settled, for {@code refusal} (a problem detail at the web edge). */
    public record Refused(SettlementRefusal refusal) implements Outcome {
    }

    private static final Collator NAMES = Collator.getInstance(Locale.ROOT);

    private final Settling settling = Settling.withAllCurrentPolicies();
    private final SettlementBook book;
    private final MerchantReplica.Lookup merchants;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Outcome settle(@Nullable LocalDate from, @Nullable LocalDate to) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return switch (settling.decide(new SettlementRequest(from, to, now))) {
            case Settling.Refused(SettlementRefusal refusal) -> new Refused(refusal);
            case Settling.Settle(Period period) -> {
                book.lockOpenRedemptions(period.end());
                List<Statement> statements = new ArrayList<>();
                for (org.citycoop.redemption.settlement.decision.Statement decided : Settling.net(book.openLines(period.end()))) {
                    UUID id = UUID.randomUUID();
                    book.add(new SettlementBook.Entered(id, decided, period, now));
                    String currency = decided.redeemed().currency().name();
                    events.publish(new MerchantSettled(id, decided.merchantId(), decided.issuer(), period.from(), period.to(), decided.redemptions(),
                            decided.redeemed().minor(), decided.reversed().minor(), decided.payout().minor(), currency, now));
                    statements.add(new Statement(id, decided.merchantId(), decided.issuer(), currency, period.from(), period.to(), decided.redemptions(),
                            decided.redeemed().minor(), decided.reversed().minor(), decided.payout().minor(), now));
                }
                yield new Closed(statements);
            }
        };
    }

    /**
     * Every merchant's statements of periods within {@code period} (as clearing and the payout files take them), newest period
     * first, then by the merchant's name (as the replica knows it; unknown ones last), issuer and currency.
     */
    public List<Settled> within(Period period) {
        List<Statement> statements = book.within(period);
        Map<UUID, MerchantReplica> known = merchants.byIds(statements.stream().map(Statement::merchantId).distinct().toList());
        return statements.stream().map(s -> {
            Optional<MerchantReplica> merchant = Optional.ofNullable(known.get(s.merchantId()));
            return new Settled(s.id(), s.merchantId(), merchant.map(MerchantReplica::tradingName).orElse(null), merchant.map(MerchantReplica::cityCode).orElse(null),
                    s.issuer(), s.currency(), s.periodFrom(), s.periodTo(), s.redemptions(), s.redeemed(), s.reversed(), s.payout(), s.settledAt());
        }).sorted(Comparator.comparing(Settled::periodFrom).reversed()
                .thenComparing(Settled::merchant, Comparator.nullsLast(NAMES::compare))
                .thenComparing(Settled::issuer).thenComparing(Settled::currency)).toList();
    }

    public List<Statement> ofMerchant(UUID merchantId) {
        return book.ofMerchant(merchantId);
    }
}
