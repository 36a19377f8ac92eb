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
}
