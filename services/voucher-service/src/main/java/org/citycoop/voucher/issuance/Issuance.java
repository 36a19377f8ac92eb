package org.citycoop.voucher.issuance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.programs.Program;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes one voucher of a program: a new code (stored hashed and sealed), the face value with the
 * issuer's bonus, the expiry date, and its {@code VoucherIssued} event, in the caller's transaction.
 */
@Component
public class Issuance {

    /** The cooperation's business days follow Vienna, like its Austrian seat. */
    static final ZoneId COOPERATION_ZONE = CitiesCalendar.ZONE;

    /** A voucher just made, with its code: shown to whoever bought or received it. */
    public record Issued(Voucher voucher, VoucherCode code) {
    }

    private final Vouchers vouchers;
    private final CodeVault vault;
    private final IntegrationEvents events;
    private final Clock clock;

    Issuance(Vouchers vouchers, CodeVault vault, IntegrationEvents events) {
        this.vouchers = vouchers;
        this.vault = vault;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** A reward: worth {@code value}, nothing paid, the whole value the issuer's subsidy, straight into the shopper's wallet. */
    public Voucher issueReward(Program program, Money value, UUID shopperId) {
        return make(program, Money.zero(value.currency()), value, Voucher.Channel.REWARD, null, shopperId, null, "points-service", VoucherCode.generate())
                .voucher();
    }

    public Issued issue(Program program, Money price, Voucher.Channel channel, @Nullable String paymentMethod, @Nullable UUID holderId,
            @Nullable UUID saleId, String issuedBy) {
        return make(program, price, bonus(price, program), channel, paymentMethod, holderId, saleId, issuedBy, VoucherCode.generate());
    }

    /** Issues a bearer voucher with a code given in advance: for demo data only, whose paper vouchers the README names. */
    Issued issueDemo(Program program, Money price, VoucherCode code) {
        return make(program, price, bonus(price, program), Voucher.Channel.COUNTER, "CASH", null, null, "demo-data", code);
    }

    private Issued make(Program program, Money price, Money subsidy, Voucher.Channel channel, @Nullable String paymentMethod, @Nullable UUID holderId,
            @Nullable UUID saleId, String issuedBy, VoucherCode code) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Money face = price.plus(subsidy);
        Instant expires = expiry(program, now);
        UUID id = UUID.randomUUID();
        Voucher voucher = new Voucher(id, program.id(), code.hint(), face, face, price, subsidy, channel, paymentMethod, holderId, saleId,
                Voucher.Status.ACTIVE, now, expires);
        String hash = vault.hash(code);
        vouchers.insert(voucher, hash, vault.seal(code, id), issuedBy);
        events.publish(new VoucherIssued(id, program.id(), hash, program.issuer(), face.currency().name(), face.minor(), price.minor(),
                subsidy.minor(), channel.name(), paymentMethod, holderId, expires, now));
        return new Issued(voucher, code);
    }

    /** The issuer-funded bonus on a price: {@code bonusPercent} of it, rounded down to the minor unit. */
    static Money bonus(Money price, Program program) {
        long basisPoints = program.bonusPercent().movePointRight(2).longValueExact();
        return Money.of(Math.multiplyExact(price.minor(), basisPoints) / 10_000, price.currency());
    }

    /** Spendable through the last day of the validity in the issuer's time zone: expires at the start of the next day. */
    static Instant expiry(Program program, Instant issuedAt) {
        ZoneId zone = PartnerCity.byCode(program.issuer()).map(PartnerCity::zone).orElse(COOPERATION_ZONE);
        LocalDate last = issuedAt.atZone(zone).toLocalDate().plusMonths(program.validityMonths());
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static Currency currencyOf(Program program) {
        return Currency.valueOf(program.currency());
    }
}
