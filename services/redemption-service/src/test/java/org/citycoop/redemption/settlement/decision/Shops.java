package org.citycoop.redemption.settlement.decision;

import java.util.UUID;

/** The shops the settlement decisions' tests are about, by fixed ids so that a failure names them plainly. */
final class Shops {

    static final UUID BAKERY = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID PHARMACY = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final UUID CAKE_SHOP = UUID.fromString("00000000-0000-0000-0000-0000000000b3");

    private Shops() {
    }
}
