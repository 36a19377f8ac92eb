package org.citycoop.points.rewards.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.citycoop.points.rewards.decision.Conversion.Offer;
import org.junit.jupiter.api.Test;

/** Converting as examples: a €5 voucher of the Feldbach program costs 500 points. */
class ConvertingTest {

    static final UUID FIVE_EUROS = UUID.randomUUID();
    static final Offer OFFERED = new Offer(FIVE_EUROS, 500, true);

    final Converting converting = Converting.withAllCurrentPolicies();

    @Test
    void givenMoreThanThePriceWhenConvertingThenThePointsComeOffAndTheRestStays() {
        var decision = converting.decide(new Conversion(FIVE_EUROS, OFFERED, 730));
        assertThat(decision).isEqualTo(new Converting.Convert(500, 230));
    }

    @Test
    void givenExactlyThePriceWhenConvertingThenTheBalanceEndsAtZero() {
        assertThat(converting.decide(new Conversion(FIVE_EUROS, OFFERED, 500))).isEqualTo(new Converting.Convert(500, 0));
    }

    @Test
    void givenOnePointShortWhenConvertingThenRefusedWithWhatIsNeededAndWhatIsThere() {
        assertThat(converting.decide(new Conversion(FIVE_EUROS, OFFERED, 499)))
                .isEqualTo(new Converting.Refused(new ConversionRefusal.NotEnoughPoints(500, 499)));
    }

    @Test
    void givenAnEmptyAccountWhenConvertingThenRefusedNotEnough() {
        assertThat(converting.decide(new Conversion(FIVE_EUROS, OFFERED, 0)))
                .isEqualTo(new Converting.Refused(new ConversionRefusal.NotEnoughPoints(500, 0)));
    }

    @Test
    void givenARewardTheCatalogueDoesNotHaveWhenConvertingThenRewardUnknown() {
        UUID missing = UUID.randomUUID();
        assertThat(converting.decide(new Conversion(missing, null, 10_000)))
                .isEqualTo(new Converting.Refused(new ConversionRefusal.RewardUnknown(missing)));
    }

    @Test
    void givenAWithdrawnRewardWhenConvertingThenRewardUnknownEvenWithPointsEnough() {
        assertThat(converting.decide(new Conversion(FIVE_EUROS, new Offer(FIVE_EUROS, 500, false), 10_000)))
                .isEqualTo(new Converting.Refused(new ConversionRefusal.RewardUnknown(FIVE_EUROS)));
    }

    @Test
    void givenAnUnknownRewardAndNoPointsWhenConvertingThenTheFirstPolicysRefusalIsTheAnswer() {
        assertThat(converting.decide(new Conversion(FIVE_EUROS, new Offer(FIVE_EUROS, 500, false), 0)))
                .isEqualTo(new Converting.Refused(new ConversionRefusal.RewardUnknown(FIVE_EUROS)));
    }

    @Test
    void givenOnlyTheCataloguePolicyWhenConvertingBeyondTheBalanceThenItWouldConvert() {
        // the balance rule is one policy of the list: without it, nothing else stops the conversion
        assertThat(new Converting(List.of(ConversionPolicy.rewardOffered)).decide(new Conversion(FIVE_EUROS, OFFERED, 100)))
                .isEqualTo(new Converting.Convert(500, -400));
    }
}
