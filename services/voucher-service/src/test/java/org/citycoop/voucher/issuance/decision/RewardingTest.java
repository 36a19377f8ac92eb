package org.citycoop.voucher.issuance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.api.Test;

/** A reward voucher points-service asks for, one test a rule: 10 euros of the regional program. No container. */
class RewardingTest {

    static final UUID REQUEST = UUID.randomUUID();
    static final UUID PROGRAM = UUID.randomUUID();

    final Rewarding rewarding = Rewarding.withAllCurrentPolicies();

    @Test
    void anActiveProgramInTheRewardsCurrencyIssuesItsValue() {
        assertThat(rewarding.decide(request(regional(Offer.Status.ACTIVE), "EUR", false))).isEqualTo(new Rewarding.Issue(Money.of(1000, Currency.EUR)));
    }

    @Test
    void aRequestFulfilledBeforeIssuesNothingAgainWhateverItsProgramNow() {
        assertThat(rewarding.decide(request(regional(Offer.Status.CLOSED), "EUR", true))).isEqualTo(new Rewarding.AlreadyIssued());
    }

    @Test
    void aClosedDraftOrMissingProgramIsRefusedWithItsReason() {
        for (Offer offer : new Offer[] {regional(Offer.Status.CLOSED), regional(Offer.Status.DRAFT), null}) {
            var decision = rewarding.decide(request(offer, "EUR", false));
            assertThat(decision).isEqualTo(new Rewarding.Refused(new RewardRefusal.ProgramNotActive(REQUEST, PROGRAM)));
            assertThat(((Rewarding.Refused) decision).refusal().reason()).isEqualTo("reward request " + REQUEST + ": program " + PROGRAM + " is not active");
        }
    }

    @Test
    void aRewardInAnotherCurrencyThanTheProgramsIsRefused() {
        var decision = rewarding.decide(request(regional(Offer.Status.ACTIVE), "HUF", false));
        assertThat(decision).isEqualTo(new Rewarding.Refused(new RewardRefusal.OtherCurrency(REQUEST, "EUR", "HUF")));
        assertThat(((Rewarding.Refused) decision).refusal().reason()).endsWith("program sells in EUR, not HUF");
    }

    static Offer regional(Offer.Status status) {
        return new Offer(PROGRAM, "City Cooperation regional voucher", status, Currency.EUR, List.of(new BigDecimal("50")), null, null);
    }

    static RewardRequest request(Offer offer, String currency, boolean alreadyIssued) {
        return new RewardRequest(REQUEST, PROGRAM, offer, currency, 1000, alreadyIssued);
    }
}
