package org.citycoop.voucher.programs;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of program administration: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class ProgramRefusalProblems implements RefusalProblems<ProgramRefusal> {

    @Override
    public RequestRejected problem(ProgramRefusal refusal) {
        return switch (refusal) {
            case ProgramRefusal.Invalid(var faults) -> RequestRejected.invalid(faults.stream().map(Violation::of).toList());
            case ProgramRefusal.ProgramUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "program-unknown", List.of());
            case ProgramRefusal.NotDraft(var status) -> new RequestRejected(HttpStatus.CONFLICT, "program-not-draft", List.of(), status);
            case ProgramRefusal.StatusForbids(var status, var next) -> new RequestRejected(HttpStatus.CONFLICT, "program-status", List.of(), status, next);
        };
    }
}
