package org.citycoop.platform.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids for demo data that several services refer to (a demo owner's merchant, say). */
public final class DemoIds {

    /** The password of every demo account (printed by ./citycoop up). */
    public static final String PASSWORD = "citycoop-demo-2026";

    private DemoIds() {
    }

    /** The id of the demo merchant with this trading name, the same in every service. */
    public static UUID merchant(String tradingName) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-merchant:" + tradingName).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the demo store of a demo merchant (each demo merchant has one, at its seat). */
    public static UUID store(String tradingName) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-store:" + tradingName).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a demo terminal, by its label. */
    public static UUID terminal(String label) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-terminal:" + label).getBytes(StandardCharsets.UTF_8));
    }

    /** The label of the demo terminal at the Feldbach bakery, whose credentials ./citycoop up prints. */
    public static final String FASCHING_TERMINAL = "Kassa 1, Bäckerei Fasching";

    /** The id of a demo voucher program, by its English name. */
    public static UUID program(String englishName) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-program:" + englishName).getBytes(StandardCharsets.UTF_8));
    }

    /** The account id of a demo person, by e-mail (the {@code sub} of their tokens). */
    public static UUID account(String email) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-account:" + email).getBytes(StandardCharsets.UTF_8));
    }
}
