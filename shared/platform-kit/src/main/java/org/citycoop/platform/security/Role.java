package org.citycoop.platform.security;

/** The roles of citycoop (docs/architecture.md, "Security in one paragraph"; docs/security.md). A token's {@code roles} claim lists them. */
public enum Role {
    /** A resident with a wallet and a loyalty account; scope: their own. */
    SHOPPER,
    /** Scans and redeems at a till; scope: one merchant. */
    CASHIER,
    /** Runs a merchant: statements, cashiers, terminals; scope: one merchant. */
    MERCHANT_OWNER,
    /** A merchant's POS device, signed in by client credentials; scope: one merchant. */
    TERMINAL,
    /** Reads aggregates; scope: some cities or the whole region. */
    ECONOMIST,
    /** Runs the cooperation: programs, merchants, sales, users. */
    OPERATOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
