package org.citycoop.identity.terminals;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of the terminal credentials: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class TerminalRefusalProblems implements RefusalProblems<TerminalRefusal> {

    @Override
    public RequestRejected problem(TerminalRefusal refusal) {
        return switch (refusal) {
            case TerminalRefusal.TerminalUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-unknown", List.of());
            case TerminalRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case TerminalRefusal.Retired() -> new RequestRejected(HttpStatus.CONFLICT, "terminal-retired", List.of());
            case TerminalRefusal.NoCredentials() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-has-no-credentials", List.of());
        };
    }
}
