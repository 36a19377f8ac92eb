package org.citycoop.analytics.measures;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of the measures' questions: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class ScopeRefusalProblems implements RefusalProblems<ScopeRefusal> {

    @Override
    public RequestRejected problem(ScopeRefusal refusal) {
        return switch (refusal) {
            case ScopeRefusal.Invalid(var faults) -> RequestRejected.invalid(faults.stream().map(Violation::of).toList());
            case ScopeRefusal.NotYourCities(var foreign) -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-cities",
                    List.of(new Violation("cities", "measures.not-your-city", foreign)));
        };
    }
}
