package org.citycoop.points.accrual;

import java.util.List;

import org.citycoop.points.accrual.decision.Fault;

/** New rules the decision refused: nothing was published; the controller maps the faults to a 400 naming each field. */
public class RulesRefused extends RuntimeException {

    private final transient List<Fault> faults;

    RulesRefused(List<Fault> faults) {
        super(String.valueOf(faults), null, false, false);
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
