package org.citycoop.points.rewards;

import java.util.List;

import org.citycoop.points.rewards.decision.Fault;

/** A catalogue entry the decision refused: nothing was stored; the controller maps the faults to a 400 naming each field. */
public class EntryRefused extends RuntimeException {

    private final transient List<Fault> faults;

    EntryRefused(List<Fault> faults) {
        super(String.valueOf(faults), null, false, false);
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
