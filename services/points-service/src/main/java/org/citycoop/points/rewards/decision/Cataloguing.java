package org.citycoop.points.rewards.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;

/**
 * A new entry of the reward catalogue, decided: its checked terms, or every field at fault at once. The caller stores
 * the entry.
 */
public final class Cataloguing {

    /** The languages every reward is named in. */
    public static final List<String> LANGUAGES = List.of("de", "sl", "hu", "en");

    /** What a new entry comes to. */
    public sealed interface Decision permits Add, Refused {
    }

    /** Add the entry: a program's voucher of {@code amount} for {@code points}. */
    public record Add(UUID programId, Map<String, String> names, BigDecimal amount, Currency currency, long points) implements Decision {
    }

    /** Add nothing: each field at fault, in the order of the request. */
    public record Refused(List<Fault> faults) implements Decision {
        public Refused {
            faults = List.copyOf(faults);
        }
    }

    private Cataloguing() {
    }

    public static Decision decide(NewReward entry) {
        List<Fault> faults = new ArrayList<>();
        if (entry.programId() == null) {
            faults.add(Fault.of("programId", "rewards.program"));
        }
        Map<String, String> names = entry.names();
        if (names == null || !names.keySet().containsAll(LANGUAGES) || names.values().stream().anyMatch(name -> name == null || name.isBlank())) {
            faults.add(Fault.of("names", "rewards.names"));
        }
        Optional<Currency> currency = Optional.ofNullable(entry.currency())
                .flatMap(code -> Arrays.stream(Currency.values()).filter(known -> known.name().equals(code)).findFirst());
        if (currency.isEmpty()) {
            faults.add(Fault.of("currency", "rewards.currency"));
        }
        // without a known currency, at most cents
        BigDecimal amount = entry.amount();
        if (amount == null || amount.signum() <= 0
                || (currency.isPresent() ? !Money.fits(amount, currency.get()) : amount.stripTrailingZeros().scale() > 2)) {
            faults.add(Fault.of("amount", "rewards.amount"));
        }
        Long points = entry.points();
        if (points == null || points <= 0) {
            faults.add(Fault.of("points", "rewards.points"));
        }
        if (!faults.isEmpty()) {
            return new Refused(faults);
        }
        return new Add(Objects.requireNonNull(entry.programId()), Objects.requireNonNull(names), Objects.requireNonNull(amount), currency.orElseThrow(),
                Objects.requireNonNull(points));
    }
}
