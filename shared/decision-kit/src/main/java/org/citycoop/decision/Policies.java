package org.citycoop.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A use case's rules, asked in order about one candidate (ADR 30): each rule answers empty if it allows, else its refusal.
 * {@link #firstRefusal} is the answer of a decision whose first refusal wins; {@link #allRefusals} collects every problem at
 * once (a form's fields). Immutable; plain Java, so every decision package may use it.
 *
 * @param <C> what the rules judge (the records a decision is given)
 * @param <R> what a rule refuses with (a refusal, a decline, a problem)
 */
public final class Policies<C, R> {

    private final List<Function<? super C, Optional<R>>> rules;

    private Policies(List<? extends Function<? super C, Optional<R>>> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules {@code rules}, in the order their refusals are given. */
    public static <C, R> Policies<C, R> of(List<? extends Function<? super C, Optional<R>>> rules) {
        return new Policies<>(rules);
    }

    /** The refusal of the first rule that refuses {@code candidate}, or empty if all allow it; later rules are not asked. */
    public Optional<R> firstRefusal(C candidate) {
        for (Function<? super C, Optional<R>> rule : rules) {
            Optional<R> refused = Objects.requireNonNull(rule.apply(candidate), "a rule answers empty, not null");
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** What {@code refused} makes of the first refusal, else what {@code allowed} gives; {@code allowed} is called only then. */
    public <D> D decide(C candidate, Function<? super R, ? extends D> refused, Supplier<? extends D> allowed) {
        Optional<R> refusal = firstRefusal(candidate);
        return refusal.isPresent() ? refused.apply(refusal.get()) : allowed.get();
    }

    /** Every rule's refusal of {@code candidate}, in the rules' order; empty if all allow it. */
    public List<R> allRefusals(C candidate) {
        return rules.stream().map(rule -> Objects.requireNonNull(rule.apply(candidate), "a rule answers empty, not null")).flatMap(Optional::stream)
                .toList();
    }
}
