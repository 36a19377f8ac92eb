package org.citycoop.points.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.points.MemberToken;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;

import tools.jackson.databind.JsonNode;

/**
 * A shopper asks for the member QR and gets a token that anyone can check with the published keys, as
 * redemption-service does: ES256, the member token type, issuer, audience, 60 s, a new jti each time.
 */
@ServiceIntegrationTest
class MemberCardsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aShoppersMemberTokenChecksOutWithThePublishedKeysAndLivesSixtySeconds() {
        UUID shopper = UUID.randomUUID();
        String shopperToken = TestTokens.token().subject(shopper.toString()).roles(Role.SHOPPER).sign();
        var issued = ServiceHttp.on(port).call("POST", "/api/member-tokens", shopperToken, "", "en");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode card = ServiceHttp.JSON.readTree(issued.body());
        assertThat(card.get("qr").asString()).isEqualTo(MemberToken.URI_PREFIX + card.get("token").asString());

        NimbusJwtDecoder checkout = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/api/member-keys").jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwtProcessorCustomizer(p -> p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(MemberToken.TYPE)))).build();
        checkout.setJwtValidator(new JwtIssuerValidator(MemberToken.ISSUER));
        Jwt jwt = checkout.decode(MemberToken.fromScan(card.get("qr").asString()));
        assertThat(jwt.getSubject()).isEqualTo(shopper.toString());
        assertThat(jwt.getAudience()).containsExactly(MemberToken.AUDIENCE);
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(MemberToken.MAX_LIFETIME);
        assertThat(jwt.getExpiresAt()).isEqualTo(java.time.Instant.parse(card.get("expiresAt").asString()));

        Jwt next = checkout.decode(ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("POST", "/api/member-tokens", shopperToken, "", "en").body())
                .get("token").asString());
        assertThat(next.getId()).as("a new token for each purchase").isNotEqualTo(jwt.getId());
        assertThat(next.getHeaders().get("kid")).as("signed with the same key").isEqualTo(jwt.getHeaders().get("kid"));
        assertThat(jdbc.sql("SELECT count(*) FROM loyalty_account WHERE shopper_id = :s").param("s", shopper).query(Long.class).single())
                .as("the account was opened once").isEqualTo(1);

        String tampered = card.get("token").asString().replaceFirst("\\.[^.]+\\.", "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + UUID.randomUUID() + "\",\"iss\":\"citycoop-points\"}").getBytes()) + ".");
        assertThatThrownBy(() -> checkout.decode(tampered)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void thePublishedKeysHaveNoPrivatePartsAndThePrivateKeyIsStoredSealed() {
        ServiceHttp.on(port).call("POST", "/api/member-tokens", TestTokens.token().subject(UUID.randomUUID().toString()).roles(Role.SHOPPER).sign(), "", "en");
        var keys = ServiceHttp.on(port).get("/api/member-keys", null, "en");
        assertThat(keys.statusCode()).isEqualTo(200);
        JsonNode set = ServiceHttp.JSON.readTree(keys.body());
        assertThat(set.get("keys").size()).isPositive();
        assertThat(set.get("keys").get(0).get("kty").asString()).isEqualTo("EC");
        assertThat(set.get("keys").get(0).get("crv").asString()).isEqualTo("P-256");
        assertThat(set.get("keys").get(0).has("d")).as("no private part published").isFalse();
        List<byte[]> sealed = jdbc.sql("SELECT private_sealed FROM member_key").query(byte[].class).list();
        assertThat(sealed).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("\"d\""));
    }

    @Test
    void onlyShoppersGetMemberTokens() {
        assertThat(ServiceHttp.on(port).call("POST", "/api/member-tokens", TestTokens.operator(), "", "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.on(port).call("POST", "/api/member-tokens", null, "", "en").statusCode()).isEqualTo(401);
    }
}
