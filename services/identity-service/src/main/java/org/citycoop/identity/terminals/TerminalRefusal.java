package org.citycoop.identity.terminals;

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

    default Refused refused() {
        return new Refused(this);
    }

    /** The refusal thrown out of a use case; nothing was changed. */
    final class Refused extends RuntimeException {

        private final transient TerminalRefusal refusal;

        Refused(TerminalRefusal refusal) {
            super(refusal.toString(), null, false, false);
            this.refusal = refusal;
        }

        public TerminalRefusal refusal() {
            return refusal;
        }
    }
}
