package org.citycoop.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators invite merchant owners and economists; owners invite and disable the cashiers of their
 * own merchant; invited people choose a password once; operators change roles, and the audit log
 * says from what to what.
 */
@ServiceIntegrationTest
class InvitationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Browserless browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browserless(port);
    }

    @Test
    void anInvitedOwnerChoosesAPasswordOnceAndCanSignIn() {
        UUID merchant = UUID.randomUUID();
        String email = "franz." + UUID.randomUUID() + "@fasching.at";
        String token = invite(TestTokens.operator(), email, Role.MERCHANT_OWNER, merchant);

        var weak = browser.json("POST", "/api/invitations/" + token + "/acceptance", null, "{\"password\":\"kurz\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(signIn(email, "Kürbiskernöl-2026")).as("not before the invitation is accepted").contains("error");

        var accepted = browser.json("POST", "/api/invitations/" + token + "/acceptance", null, "{\"password\":\"Kürbiskernöl-2026\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        var again = browser.json("POST", "/api/invitations/" + token + "/acceptance", null, "{\"password\":\"Kürbiskernöl-2027\"}");
        assertThat(again.statusCode()).isEqualTo(410);

        assertThat(signIn(email, "Kürbiskernöl-2026")).doesNotContain("error");
    }

    @Test
    void anOwnerInvitesCashiersOfTheirOwnMerchantOnly() {
        UUID own = UUID.randomUUID();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(own).sign();

        assertThat(browser.json("POST", "/api/invitations", owner, body("karin." + UUID.randomUUID() + "@fasching.at", Role.CASHIER, own))
                .statusCode()).isEqualTo(201);
        var otherMerchant = browser.json("POST", "/api/invitations", owner, body("x." + UUID.randomUUID() + "@x.at", Role.CASHIER, UUID.randomUUID()));
        assertThat(otherMerchant.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(otherMerchant.body()).get("type").asString()).isEqualTo("urn:citycoop:problem:invitation-not-allowed");
        assertThat(browser.json("POST", "/api/invitations", owner, body("y." + UUID.randomUUID() + "@x.at", Role.MERCHANT_OWNER, own)).statusCode())
                .isEqualTo(403);
        assertThat(browser.json("POST", "/api/invitations", TestTokens.of(Role.CASHIER), body("z@x.at", Role.CASHIER, own)).statusCode())
                .as("cashiers invite nobody").isEqualTo(403);
    }

    @Test
    void anEconomistNeedsCitiesOrTheRegion() {
        var response = browser.json("POST", "/api/invitations", TestTokens.operator(),
                "{\"email\":\"eva." + UUID.randomUUID() + "@ptuj.si\",\"displayName\":\"Eva\",\"role\":\"ECONOMIST\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("cityCodes");

        var ok = browser.json("POST", "/api/invitations", TestTokens.operator(),
                "{\"email\":\"eva." + UUID.randomUUID() + "@ptuj.si\",\"displayName\":\"Eva\",\"role\":\"ECONOMIST\",\"cityCodes\":[\"si-ptuj\"]}");
        assertThat(ok.statusCode()).isEqualTo(201);
    }

    @Test
    void aRoleChangeIsAuditedFromWhatToWhat() {
        UUID merchant = UUID.randomUUID();
        String email = "owner." + UUID.randomUUID() + "@example.at";
        String token = invite(TestTokens.operator(), email, Role.MERCHANT_OWNER, merchant);
        String accountId = JSON.readTree(browser.json("POST", "/api/invitations/" + token + "/acceptance", null,
                "{\"password\":\"Hartberger-Markt-26\"}").body()).get("id").asString();

        var change = browser.json("PUT", "/api/accounts/" + accountId + "/roles", TestTokens.operator(), "{\"roles\":[\"ECONOMIST\"],\"region\":true}");
        assertThat(change.statusCode()).as(change.body()).isEqualTo(204);
        assertThat(browser.json("PUT", "/api/accounts/" + accountId + "/roles", TestTokens.of(Role.MERCHANT_OWNER), "{\"roles\":[\"OPERATOR\"]}")
                .statusCode()).as("only operators change roles").isEqualTo(403);

        JsonNode audit = JSON.readTree(browser.json("GET", "/api/audit?action=ROLE_CHANGED&size=50", TestTokens.operator(), null).body());
        assertThat(audit.valueStream().filter(e -> accountId.equals(e.get("subject").asString())).map(e -> e.get("detail").asString()))
                .singleElement().satisfies(detail -> assertThat(detail).contains("MERCHANT_OWNER").contains("-> [ECONOMIST] region"));
    }

    @Test
    void aDisabledCashierCanNoLongerSignIn() {
        UUID merchant = UUID.randomUUID();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(merchant).sign();
        String email = "kassa." + UUID.randomUUID() + "@example.at";
        String token = invite(owner, email, Role.CASHIER, merchant);
        String cashierId = JSON.readTree(browser.json("POST", "/api/invitations/" + token + "/acceptance", null,
                "{\"password\":\"Fürstenfeld-Kassa-1\"}").body()).get("id").asString();
        assertThat(signIn(email, "Fürstenfeld-Kassa-1")).doesNotContain("error");

        JsonNode staff = JSON.readTree(browser.json("GET", "/api/merchants/" + merchant + "/staff", owner, null).body());
        assertThat(staff.valueStream().map(s -> s.get("id").asString())).contains(cashierId);
        assertThat(browser.json("DELETE", "/api/merchants/" + merchant + "/staff/" + cashierId, owner, null).statusCode()).isEqualTo(204);

        newBrowser();
        assertThat(signIn(email, "Fürstenfeld-Kassa-1")).contains("error");
    }

    @Test
    void anUnknownInvitationIsA404() {
        assertThat(browser.json("POST", "/api/invitations/not-a-token/acceptance", null, "{\"password\":\"Irgendein-Passwort-1\"}").statusCode())
                .isEqualTo(404);
    }

    private String invite(String inviter, String email, Role role, UUID merchant) {
        var response = browser.json("POST", "/api/invitations", inviter, body(email, role, merchant));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("invitationToken").asString();
    }

    private static String body(String email, Role role, UUID merchant) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"Someone\",\"role\":\"" + role + "\",\"merchantId\":\"" + merchant + "\"}";
    }

    /** Posts the sign-in form; returns where it sends the browser. */
    private String signIn(String email, String password) {
        String csrf = Browserless.csrfToken(browser.get("/login", "text/html").body());
        return browser.postForm("/login", Map.of("username", email, "password", password, "_csrf", csrf), null, null)
                .headers().firstValue("Location").orElse("");
    }
}
