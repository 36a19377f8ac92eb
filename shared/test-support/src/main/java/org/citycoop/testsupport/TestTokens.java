package org.citycoop.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Access tokens for service tests, signed like identity-service signs them, with the public key
 * served from a real JWKS endpoint on 127.0.0.1 (services fetch it as they fetch identity-service's).
 * Also the bad ones: expired, for another audience, from another issuer, signed with another key.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:9000";
    public static final String AUDIENCE = "citycoop";

    private static final RSAKey KEY = generate("citycoop-test-key");
    /** Same key id, other key material: what a forger would sign with. */
    private static final RSAKey FORGER = generate("citycoop-test-key");
    private static volatile String jwkSetUri;

    private TestTokens() {
    }

    /** The JWKS URL services under test verify tokens with (started on first use). */
    public static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/oauth2/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.setExecutor(null);
                server.start();
                jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test JWKS endpoint", e);
            }
        }
        return jwkSetUri;
    }

    public static Token token() {
        return new Token();
    }

    public static String operator() {
        return token().roles(Role.OPERATOR).sign();
    }

    public static String shopper(String homeCity) {
        return token().roles(Role.SHOPPER).homeCity(homeCity).sign();
    }

    public static String cashier(UUID merchant) {
        return token().roles(Role.CASHIER).merchant(merchant).sign();
    }

    /** A token of one role, with plausible scopes for it. */
    public static String of(Role role) {
        return switch (role) {
            case SHOPPER -> shopper("si-ptuj");
            case CASHIER, MERCHANT_OWNER, TERMINAL -> token().roles(role).merchant(UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11")).sign();
            case ECONOMIST -> token().roles(role).cities("at-feldbach", "si-ptuj").sign();
            case OPERATOR -> operator();
        };
    }

    /** A token under construction; every setter returns the builder. */
    public static final class Token {
        private String subject = UUID.randomUUID().toString();
        private final List<String> roles = new ArrayList<>();
        private String merchant;
        private List<String> cities;
        private boolean region;
        private String homeCity;
        private String store;
        private String issuer = ISSUER;
        private List<String> audience = List.of(AUDIENCE, "citycoop-web");
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private RSAKey key = KEY;

        public Token subject(String value) { subject = value; return this; }
        public Token roles(Role... values) { for (Role r : values) { roles.add(r.name()); } return this; }
        public Token merchant(UUID value) { merchant = value.toString(); return this; }
        public Token cities(String... values) { cities = List.of(values); return this; }
        public Token region() { region = true; return this; }
        public Token homeCity(String value) { homeCity = value; return this; }
        public Token store(UUID value) { store = value.toString(); return this; }
        public Token lifetime(Duration value) { lifetime = value; return this; }
        public Token issuer(String value) { issuer = value; return this; }
        public Token audience(String... values) { audience = List.of(values); return this; }
        /** Issued an hour ago, valid for five minutes: expired well beyond any clock skew. */
        public Token expired() { issuedAt = Instant.now().minus(Duration.ofHours(1)); return this; }
        /** Signed with another key under the same key id. */
        public Token forged() { key = FORGER; return this; }

        public String sign() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject).issuer(issuer).audience(audience).jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .claim(Caller.ROLES_CLAIM, roles);
            if (merchant != null) {
                claims.claim(Caller.MERCHANT_CLAIM, merchant);
            }
            if (cities != null) {
                claims.claim(Caller.CITIES_CLAIM, cities);
            }
            if (region) {
                claims.claim(Caller.REGION_CLAIM, true);
            }
            if (homeCity != null) {
                claims.claim(Caller.HOME_CITY_CLAIM, homeCity);
            }
            if (store != null) {
                claims.claim(Caller.STORE_CLAIM, store);
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
