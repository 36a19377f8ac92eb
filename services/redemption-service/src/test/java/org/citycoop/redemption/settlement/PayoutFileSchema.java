package org.citycoop.redemption.settlement;

import javax.xml.validation.Schema;

/** For tests in other packages: the pain.001.001.09 schema every SEPA payout file is validated against before it is sent. */
public final class PayoutFileSchema {

    private PayoutFileSchema() {
    }

    public static Schema pain001() {
        return SepaPayouts.loadSchema();
    }
}
