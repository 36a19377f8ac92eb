package org.citycoop.identity.terminals;

import org.citycoop.platform.refusal.Refused;

/**
 * Why a terminal's credentials are not issued or revoked: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link TerminalRefusalProblems}).
 */
public sealed interface TerminalRefusal {

    /** No terminal registered with this id. */
    record TerminalUnknown() implements TerminalRefusal {
    }

    /** The caller does not administer the terminal's merchant. */
    record NotYourMerchant() implements TerminalRefusal {
    }

    /** The terminal is retired: it gets no credentials again. */
    record Retired() implements TerminalRefusal {
    }

    /** The terminal never had credentials: there is nothing to revoke. */
    record NoCredentials() implements TerminalRefusal {
    }

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}
