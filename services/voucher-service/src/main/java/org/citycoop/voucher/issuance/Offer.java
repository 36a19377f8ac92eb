package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** What a program sells: the checks a counter sale and a bulk order make on program, currency and amount. */
public final class Offer {

    private final Program program;

    private Offer(Program program) {
        this.program = program;
    }

    /** The program of a sale: known (not a draft) and active; else a 400 naming {@code programId} or a 409. */
    public static Offer of(@Nullable UUID programId, Programs programs) {
        if (programId == null) {
            throw RequestRejected.invalid(List.of(new Violation("programId", "sale.program-missing")));
        }
        Program program = programs.byId(programId).filter(p -> p.status() != Program.Status.DRAFT)
                .orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("programId", "sale.program-unknown", programId))));
        if (program.status() != Program.Status.ACTIVE) {
            throw new RequestRejected(HttpStatus.CONFLICT, "program-not-on-sale", List.of(), program.names().get("en"));
        }
        return new Offer(program);
    }

    public Program program() {
        return program;
    }

    public Currency currency() {
        return Currency.valueOf(program.currency());
    }

    /** Adds a problem unless {@code currency} is the program's. */
    public void checkCurrency(@Nullable String currency, String field, List<Violation> problems) {
        if (currency == null || !currency.equals(program.currency())) {
            problems.add(new Violation(field, "sale.currency-of-program", program.currency()));
        }
    }

    /** The amount as money if the program sells it (a denomination or within the free range); else adds the problem. */
    public Optional<Money> price(@Nullable BigDecimal amount, String field, List<Violation> problems) {
        Currency currency = currency();
        if (amount == null || amount.signum() <= 0) {
            problems.add(new Violation(field, "program.amount-positive"));
            return Optional.empty();
        }
        if (!Money.fits(amount, currency)) {
            problems.add(new Violation(field, "program.amount-decimals", currency.name(), currency.decimals()));
            return Optional.empty();
        }
        Money price = Money.ofMajor(amount, currency);
        boolean denomination = program.denominations().stream().anyMatch(d -> d.compareTo(price.major()) == 0);
        boolean free = program.freeAmount() != null && price.major().compareTo(program.freeAmount().min()) >= 0
                && price.major().compareTo(program.freeAmount().max()) <= 0;
        if (!denomination && !free) {
            problems.add(new Violation(field, "sale.amount-not-offered", offered()));
            return Optional.empty();
        }
        return Optional.of(price);
    }

    private String offered() {
        List<String> parts = new ArrayList<>(program.denominations().stream().map(Offer::plain).toList());
        if (program.freeAmount() != null) {
            parts.add(plain(program.freeAmount().min()) + "–" + plain(program.freeAmount().max()));
        }
        return String.join(", ", parts) + " " + program.currency();
    }

    /** {@code 10} for ten, {@code 12.50} for twelve and a half. */
    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString();
    }
}
