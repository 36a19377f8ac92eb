package org.citycoop.points.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.citycoop.platform.web.RequestRejected;
import org.citycoop.points.rewards.decision.ConversionRefusal;
import org.citycoop.platform.refusal.Fault;
import org.citycoop.points.rewards.decision.Cataloguing;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The refusals of the catalogue and of conversions as the problem details the controller answers with. */
class RewardControllerProblemsTest {

    @Test
    void aConversionNamingNoRewardIsA400NamingRewardId() {
        RequestRejected problem = RewardController.problem(new ConversionRefusal.RewardMissing());

        assertThat(problem.status() + " " + problem.type()).isEqualTo("400 BAD_REQUEST invalid-request");
        assertThat(problem.violations()).singleElement().satisfies(v -> assertThat(v.field() + " " + v.code()).isEqualTo("rewardId rewards.reward"));
    }

    @Test
    void anUnknownRewardIs404AndTooFewPoints422WithWhatIsNeededAndHeld() {
        UUID reward = UUID.fromString("7d1f4a2b-3c5e-4f60-8a9b-0c1d2e3f4a5b");

        assertThat(RewardController.problem(new ConversionRefusal.RewardUnknown(reward))).satisfies(p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(p.args()).containsExactly(reward);
        });
        assertThat(RewardController.problem(new ConversionRefusal.NotEnoughPoints(1_000, 640))).satisfies(p -> {
            assertThat(p.status() + " " + p.type()).isEqualTo("422 UNPROCESSABLE_CONTENT not-enough-points");
            assertThat(p.args()).containsExactly(1_000L, 640L);
        });
    }

    @Test
    void eachFaultOfARefusedEntryIsOneEntryOfTheProblemsErrors() {
        List<RequestRejected.Violation> violations = new RewardController.EntryProblems().problem(new Cataloguing.Refused(List.of(
                Fault.of("names", "rewards.names"), Fault.of("amount", "rewards.amount")))).violations();

        assertThat(violations).extracting(RequestRejected.Violation::field, RequestRejected.Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("names", "rewards.names"), org.assertj.core.groups.Tuple.tuple("amount", "rewards.amount"));
    }
}
