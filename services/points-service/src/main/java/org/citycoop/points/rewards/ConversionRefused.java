package org.citycoop.points.rewards;

import org.citycoop.points.rewards.decision.ConversionRefusal;

/** A conversion the decision refused: nothing changed; the controller maps the refusal to its problem detail. */
public class ConversionRefused extends RuntimeException {

    private final ConversionRefusal refusal;

    ConversionRefused(ConversionRefusal refusal) {
        super(refusal.toString(), null, false, false);
        this.refusal = refusal;
    }

    public ConversionRefusal refusal() {
        return refusal;
    }
}
