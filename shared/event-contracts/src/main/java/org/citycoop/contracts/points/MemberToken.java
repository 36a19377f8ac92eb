package org.citycoop.contracts.points;

import java.time.Duration;

/**
 * The shopper's member QR: a short-lived token points-service issues and redemption-service checks
 * locally, so a purchase earns points without a call at the till.
 *
 * <p>Format: a JWS in compact serialization, algorithm ES256, header {@code typ} {@value #TYPE} and
 * {@code kid} of a key in points-service's published key set ({@code GET /api/member-keys}, a JWK set).
 * Claims: {@code iss} {@value #ISSUER}, {@code aud} {@value #AUDIENCE}, {@code sub} the shopper's
 * account id, {@code jti} a random UUID, {@code iat} and {@code exp} with {@code exp - iat} at most
 * {@link #MAX_LIFETIME}. A token is good for one purchase: its {@code jti} is spent when a purchase is
 * recorded with it. The QR code carries {@value #URI_PREFIX} followed by the token.
 */
public final class MemberToken {

    public static final String TYPE = "citycoop-member+jwt";
    public static final String ISSUER = "citycoop-points";
    public static final String AUDIENCE = "citycoop-checkout";
    public static final Duration MAX_LIFETIME = Duration.ofSeconds(60);
    public static final String URI_PREFIX = "citycoop:member:v1:";

    private MemberToken() {
    }

    /** The token in what a scanner read (with or without the URI prefix). */
    public static String fromScan(String scanned) {
        String text = scanned.strip();
        return text.regionMatches(true, 0, URI_PREFIX, 0, URI_PREFIX.length()) ? text.substring(URI_PREFIX.length()) : text;
    }
}
