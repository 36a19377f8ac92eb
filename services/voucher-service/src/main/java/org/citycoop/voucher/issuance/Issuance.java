package org.citycoop.voucher.issuance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.decision.Issuing;
import org.citycoop.voucher.programs.Program;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes one voucher of a program: a new code (stored hashed and sealed), its worth and expiry as
 * {@link Issuing} decides them, and its {@code VoucherIssued} event, in the caller's transaction.
 */
@Component
public class Issuance {

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
        Instant now = now();
        return make(program, Issuing.reward(Offers.terms(program), value, now), now, Voucher.Channel.REWARD, null, shopperId, null, "points-service",
                VoucherCode.generate()).voucher();
    }

    public Issued issue(Program program, Money price, Voucher.Channel channel, @Nullable String paymentMethod, @Nullable UUID holderId,
            @Nullable UUID saleId, String issuedBy) {
        Instant now = now();
        return make(program, Issuing.sold(Offers.terms(program), price, now), now, channel, paymentMethod, holderId, saleId, issuedBy, VoucherCode.generate());
    }

    /** Issues a bearer voucher with a code given in advance: for demo data only, whose paper vouchers the README names. */
    Issued issueDemo(Program program, Money price, VoucherCode code) {
        Instant now = now();
        return make(program, Issuing.sold(Offers.terms(program), price, now), now, Voucher.Channel.COUNTER, "CASH", null, null, "demo-data", code);
    }

    private Issued make(Program program, Issuing.Worth worth, Instant now, Voucher.Channel channel, @Nullable String paymentMethod,
            @Nullable UUID holderId, @Nullable UUID saleId, String issuedBy, VoucherCode code) {
        UUID id = UUID.randomUUID();
        Money face = worth.faceValue();
        Voucher voucher = new Voucher(id, program.id(), code.hint(), face, face, worth.price(), worth.subsidy(), channel, paymentMethod, holderId, saleId,
                Voucher.Status.ACTIVE, now, worth.expiresAt());
        String hash = vault.hash(code);
        vouchers.insert(voucher, hash, vault.seal(code, id), issuedBy);
        events.publish(new VoucherIssued(id, program.id(), hash, program.issuer(), face.currency().name(), face.minor(), worth.price().minor(),
                worth.subsidy().minor(), channel.name(), paymentMethod, holderId, worth.expiresAt(), now));
        return new Issued(voucher, code);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
