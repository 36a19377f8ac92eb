package org.citycoop.contracts.events;

/** The bounded contexts that publish events, one topic each. */
public enum Context {
    IDENTITY, MERCHANT, VOUCHER, REDEMPTION, POINTS;

    /** The context's name as it appears in type names and topics. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code citycoop.<context>.events}: the topic this context publishes on. */
    public String topic() {
        return "citycoop." + id() + ".events";
    }
}
