package org.citycoop.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PoliciesTest {

    /** A withdrawal judged by rules: the amount asked and the balance. */
    record Withdrawal(long amount, long balance) {
    }

    interface WithdrawalPolicy extends Function<Withdrawal, Optional<String>> {
    }

    static final WithdrawalPolicy positive = withdrawal -> withdrawal.amount() <= 0 ? Optional.of("not-positive") : Optional.empty();
    static final WithdrawalPolicy covered = withdrawal -> withdrawal.amount() > withdrawal.balance() ? Optional.of("not-covered") : Optional.empty();
    static final WithdrawalPolicy small = withdrawal -> withdrawal.amount() > 100 ? Optional.of("too-large") : Optional.empty();

    final Policies<Withdrawal, String> policies = Policies.of(List.of(positive, covered, small));

    @Test
    void allowedByEveryRuleIsNoRefusal() {
        Withdrawal fine = new Withdrawal(50, 80);

        assertThat(policies.firstRefusal(fine)).isEmpty();
        assertThat(policies.allRefusals(fine)).isEmpty();
    }

    @Test
    void theFirstRefusalInTheRulesOrderIsTheAnswer() {
        Withdrawal tooMuch = new Withdrawal(500, 80);

        assertThat(policies.firstRefusal(tooMuch)).contains("not-covered");
        assertThat(Policies.of(List.of(small, covered)).firstRefusal(tooMuch)).contains("too-large");
    }

    @Test
    void laterRulesAreNotAskedOnceOneRefuses() {
        List<String> asked = new ArrayList<>();
        WithdrawalPolicy refuses = withdrawal -> {
            asked.add("first");
            return Optional.of("refused");
        };
        WithdrawalPolicy later = withdrawal -> {
            asked.add("later");
            return Optional.empty();
        };

        assertThat(Policies.of(List.of(refuses, later)).firstRefusal(new Withdrawal(1, 1))).contains("refused");
        assertThat(asked).containsExactly("first");
    }

    @Test
    void allRefusalsGivesEveryProblemInOrder() {
        assertThat(policies.allRefusals(new Withdrawal(500, 80))).containsExactly("not-covered", "too-large");
    }

    @Test
    void decideMapsTheRefusalOrGivesTheOutcome() {
        assertThat(policies.decide(new Withdrawal(500, 80), refusal -> "refused: " + refusal, () -> "paid")).isEqualTo("refused: not-covered");
        assertThat(policies.decide(new Withdrawal(50, 80), refusal -> "refused: " + refusal, () -> "paid")).isEqualTo("paid");
    }

    @Test
    void theOutcomeIsNotMadeWhenARuleRefuses() {
        List<String> made = new ArrayList<>();

        policies.decide(new Withdrawal(0, 80), refusal -> refusal, () -> {
            made.add("outcome");
            return "paid";
        });

        assertThat(made).isEmpty();
    }

    @Test
    void noRulesAllowEverything() {
        assertThat(Policies.<Withdrawal, String>of(List.of()).firstRefusal(new Withdrawal(-1, 0))).isEmpty();
    }

    @Test
    void theRulesAreCopiedWhenGiven() {
        List<WithdrawalPolicy> rules = new ArrayList<>(List.of(positive));
        Policies<Withdrawal, String> copied = Policies.of(rules);
        rules.add(covered);

        assertThat(copied.firstRefusal(new Withdrawal(500, 80))).isEmpty();
    }

    @Test
    void aRuleAnsweringNullIsABug() {
        WithdrawalPolicy broken = withdrawal -> null;

        assertThatNullPointerException().isThrownBy(() -> Policies.of(List.of(broken)).firstRefusal(new Withdrawal(1, 1)));
    }
}
