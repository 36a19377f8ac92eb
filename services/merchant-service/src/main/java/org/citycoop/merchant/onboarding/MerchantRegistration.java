package org.citycoop.merchant.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantClosed;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.merchant.PayoutAccountSet;
import org.citycoop.merchant.city.Cities;
import org.citycoop.merchant.city.City;
import org.citycoop.platform.refusal.Fault;
import org.citycoop.merchant.registry.BankAccount;
import org.citycoop.merchant.registry.Sectors;
import org.citycoop.merchant.registry.VatId;
import org.citycoop.platform.events.IntegrationEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases of a merchant's life: registration by an operator, application and approval, suspension,
 * reactivation and closing, each with its event in the same transaction (outbox).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MerchantRegistration {

    private final Cities cities;
    private final Sectors sectors;
    private final Merchants merchants;
    private final Applications applications;
    private final IntegrationEvents events;
    private final ApplicationEventPublisher inside;
    private final Clock clock = Clock.systemUTC();

    /** An operator registers a merchant: active at once. */
    @Transactional
    public MerchantRegistered register(RegisterMerchant command) {
        return register(command, UUID.randomUUID());
    }

    /** Registers with a given id: demo data, whose ids other services' demo data refer to. */
    @Transactional
    MerchantRegistered register(RegisterMerchant command, UUID id) {
        Checked checked = check(command);
        Instant now = now();
        merchants.add(id, command, checked.vatId(), checked.iban(), Merchant.Status.ACTIVE, now);
        MerchantRegistered registered = new MerchantRegistered(id, command.legalName().strip(), command.tradingName().strip(),
                checked.city().code(), checked.city().countryCode(), command.naceCode(), now);
        events.publish(registered);
        events.publish(new PayoutAccountSet(id, command.legalName().strip(), checked.iban(), now));
        return registered;
    }

    /**
     * A signed-in person applies for their business, naming its first store; an operator approves later.
     * Nothing is published until then: applicants are not yet in the network.
     */
    @Transactional
    public UUID apply(RegisterMerchant command, UUID applicantId) {
        if (command.store() == null) {
            throw new MerchantRefusal.Invalid(List.of(Fault.of("store.name", "merchant.store-missing"))).refused();
        }
        Checked checked = check(command);
        UUID id = UUID.randomUUID();
        Instant now = now();
        merchants.add(id, command, checked.vatId(), checked.iban(), Merchant.Status.APPLIED, now);
        applications.add(id, applicantId, command.store(), now);
        return id;
    }

    /** An application entered without an applicant's account (demo data): its approval names no owner and opens no store. */
    @Transactional
    public UUID apply(RegisterMerchant command) {
        Checked checked = check(command);
        UUID id = UUID.randomUUID();
        merchants.add(id, command, checked.vatId(), checked.iban(), Merchant.Status.APPLIED, now());
        return id;
    }

    /**
     * An operator approves an application: the merchant joins the network with the applicant as its owner
     * (identity-service grants the role on {@link MerchantRegistered#ownerId()}, ADR 0025) and the store the
     * application names opens, all in this transaction.
     */
    @Transactional
    public MerchantRegistered approve(UUID id) {
        Merchant merchant = transition(id, Merchant.Status.ACTIVE, null);
        Optional<Applications.Application> application = applications.of(id);
        MerchantRegistered registered = new MerchantRegistered(id, merchant.legalName(), merchant.tradingName(), merchant.cityCode(),
                merchant.countryCode(), merchant.naceCode(), now(), application.map(Applications.Application::applicantId).orElse(null));
        events.publish(registered);
        if (merchant.iban() != null) {
            events.publish(new PayoutAccountSet(id, merchant.legalName(), merchant.iban(), registered.registeredAt()));
        }
        application.ifPresent(applied -> inside.publishEvent(new MerchantApproved(id, applied.store())));
        return registered;
    }

    @Transactional
    public void suspend(UUID id, String reason) {
        transition(id, Merchant.Status.SUSPENDED, reason);
        events.publish(new MerchantSuspended(id, reason, now()));
    }

    @Transactional
    public void reactivate(UUID id) {
        Merchant merchant = transition(id, Merchant.Status.ACTIVE, null);
        events.publish(new MerchantUpdated(id, merchant.legalName(), merchant.tradingName(), merchant.cityCode(), merchant.countryCode(),
                merchant.naceCode(), Merchant.Status.ACTIVE.name(), now()));
    }

    @Transactional
    public void close(UUID id, String reason) {
        transition(id, Merchant.Status.CLOSED, reason);
        events.publish(new MerchantClosed(id, reason, now()));
    }

    /** The owner (of this merchant) or an operator changes its details; IBAN and sector only an operator. */
    @Transactional
    public void edit(UUID id, EditMerchant edit, org.citycoop.platform.security.Caller caller) {
        boolean operator = caller.has(org.citycoop.platform.security.Role.OPERATOR);
        if (!operator && !caller.administers(id)) {
            throw new MerchantRefusal.NotYourMerchant().refused();
        }
        Merchant merchant = merchants.byIdForUpdate(id)
                .orElseThrow(() -> new MerchantRefusal.MerchantUnknown().refused());
        if (merchant.status() == Merchant.Status.CLOSED) {
            throw new MerchantRefusal.NotEditable(merchant.status()).refused();
        }
        List<Fault> problems = new ArrayList<>();
        String nace = edit.naceCode() == null ? merchant.naceCode() : edit.naceCode();
        String iban = edit.iban() == null ? merchant.iban() : edit.iban();
        if (!operator && (!nace.equals(merchant.naceCode()) || !java.util.Objects.equals(iban, merchant.iban()))) {
            problems.add(Fault.of(!nace.equals(merchant.naceCode()) ? "naceCode" : "iban", "merchant.operator-only"));
        }
        if (!sectors.exists(nace)) {
            problems.add(Fault.of("naceCode", "merchant.sector-unknown", nace));
        }
        if (iban != null) {
            BankAccount.check(iban).ifPresent(problem -> problems.add(
                    Fault.of("iban", "merchant.iban-" + problem.name().toLowerCase().replace('_', '-'))));
        }
        if (!problems.isEmpty()) {
            throw new MerchantRefusal.Invalid(problems).refused();
        }
        Instant now = now();
        merchants.edit(id, edit, nace, iban == null ? null : BankAccount.of(iban).iban(), now);
        if (merchant.status() != Merchant.Status.APPLIED) {
            events.publish(new MerchantUpdated(id, merchant.legalName(), edit.tradingName().strip(), merchant.cityCode(), merchant.countryCode(),
                    nace, merchant.status().name(), now));
            if (iban != null && !java.util.Objects.equals(BankAccount.of(iban).iban(), merchant.iban())) {
                events.publish(new PayoutAccountSet(id, merchant.legalName(), BankAccount.of(iban).iban(), now));
            }
        }
    }

    private Merchant transition(UUID id, Merchant.Status next, String reason) {
        Merchant merchant = merchants.byIdForUpdate(id)
                .orElseThrow(() -> new MerchantRefusal.MerchantUnknown().refused());
        if (!merchant.status().mayBecome(next)) {
            throw new MerchantRefusal.TransitionRefused(merchant.status(), next).refused();
        }
        merchants.changeStatus(id, next, reason, now());
        return merchant;
    }

    private record Checked(City city, String vatId, String iban) {
    }

    /** Every problem with the command at once, each naming its field; 409 for a VAT id already registered. */
    private Checked check(RegisterMerchant command) {
        List<Fault> problems = new ArrayList<>();
        Optional<City> city = cities.byCode(command.cityCode());
        if (city.isEmpty()) {
            problems.add(Fault.of("cityCode", "merchant.city-unknown", command.cityCode()));
        }
        if (!sectors.exists(command.naceCode())) {
            problems.add(Fault.of("naceCode", "merchant.sector-unknown", command.naceCode()));
        }
        String country = city.map(City::countryCode).orElse(command.vatId().length() >= 2 ? command.vatId().substring(0, 2) : "");
        VatId.check(command.vatId(), country).ifPresent(problem -> problems.add(
                Fault.of("vatId", "merchant.vat-" + problem.name().toLowerCase().replace('_', '-'), country)));
        BankAccount.check(command.iban()).ifPresent(problem -> problems.add(
                Fault.of("iban", "merchant.iban-" + problem.name().toLowerCase().replace('_', '-'))));
        if (command.store() != null && cities.byCode(command.store().cityCode()).isEmpty()) {
            problems.add(Fault.of("store.cityCode", "merchant.city-unknown", command.store().cityCode()));
        }
        if (!problems.isEmpty()) {
            throw new MerchantRefusal.Invalid(problems).refused();
        }
        String vatId = VatId.of(command.vatId(), country).value();
        if (merchants.vatIdTaken(vatId)) {
            throw new MerchantRefusal.VatTaken(vatId).refused();
        }
        return new Checked(city.orElseThrow(), vatId, BankAccount.of(command.iban()).iban());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
