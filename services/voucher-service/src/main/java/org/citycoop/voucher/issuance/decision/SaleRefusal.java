package org.citycoop.voucher.issuance.decision;

import java.util.List;

/** Why nothing is sold: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface SaleRefusal {

    /** Fields of the request are wrong (every one named). */
    record Invalid(List<Problem> problems) implements SaleRefusal {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** The program is closed: it sells no more vouchers. */
    record NotOnSale(String programName) implements SaleRefusal {
    }
}
