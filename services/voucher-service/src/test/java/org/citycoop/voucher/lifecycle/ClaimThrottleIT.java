package org.citycoop.voucher.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceIT;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Guessing codes in the wallet: each unknown code is a 404 that says so, and after three an account
 * (after five an address, whatever accounts it uses) gets 429 with Retry-After and claims nothing, not
 * even a real code; other shoppers elsewhere claim as before. Each test speaks from its own loopback
 * address (127.0.0.x), so the service sees them as different clients. Only 127.0.0.2 is a trusted
 * proxy here (the web front): its {@code X-Forwarded-For} names the client; anyone else's is ignored.
 */
@TestPropertySource(properties = {"citycoop.wallet.claims.unknown-codes.per-account=3", "citycoop.wallet.claims.unknown-codes.per-address=5",
        "citycoop.wallet.claims.unknown-codes.window=PT15M", "server.tomcat.remoteip.internal-proxies=127.0.0.2/32"})
class ClaimThrottleIT extends VoucherServiceIT {

    private static final String OPERATOR = TestTokens.token().subject("operator-claims").roles(Role.OPERATOR).sign();

    UUID program;

    @BeforeEach
    void program() {
        program = regionalProgram("Feldbacher Gutschein", "Bon Feldbach", "Feldbachi utalvány", "Feldbach voucher");
    }

    @Test
    void threeUnknownCodesLockTheAccountAndARealCodeIsThenRefusedAndNotClaimed() {
        String anna = shopper();
        Client annasPhone = new Client("127.0.0.11");
        JsonNode paper = bearerVoucher();
        for (int i = 0; i < 3; i++) {
            var unknown = annasPhone.claim(anna, VoucherCode.generate().value(), "de");
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
            assertThat(type(unknown)).isEqualTo("urn:citycoop:problem:code-unknown");
            assertThat(ServiceHttp.json(unknown).get("detail").asString()).startsWith("Kein Gutschein hat diesen Code").doesNotContain("Id");
        }

        var locked = annasPhone.claim(anna, paper.get("code").asString(), "en");
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        assertThat(type(locked)).isEqualTo("urn:citycoop:problem:throttled-unknown-codes");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(ServiceHttp.json(locked).get("detail").asString()).isEqualTo("Too many unknown codes: try again in 15 minutes.");
        assertThat(annasPhone.claim(anna, paper.get("code").asString(), "sl").body()).contains("poskusite znova čez 15 minut");
        assertThat(holder(paper)).as("a 429 claims nothing").isNull();
        assertThat(wallet(anna).size()).isZero();

        var malformed = annasPhone.claim(anna, "not-a-code", "de");
        assertThat(malformed.statusCode()).as("bad input is still a 400, locked or not").isEqualTo(400);
        assertThat(ServiceHttp.json(malformed).get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(annasPhone.send(anna, "", "de").statusCode()).as("an empty body").isEqualTo(400);

        String bence = shopper();
        var claimed = new Client("127.0.0.12").claim(bence, paper.get("code").asString(), "hu");
        assertThat(claimed.statusCode()).as("another shopper elsewhere: " + claimed.body()).isEqualTo(200);
        assertThat(holder(paper)).isEqualTo(UUID.fromString(bence));
        assertThat(wallet(bence).valueStream().map(v -> v.get("id").asString())).containsExactly(paper.get("id").asString());
    }

    @Test
    void anAddressIsLockedAfterFiveUnknownCodesWhicheverAccountsSentThem() {
        Client cafe = new Client("127.0.0.13");
        String first = shopper();
        String second = shopper();
        for (int i = 0; i < 3; i++) {
            assertThat(cafe.claim(first, VoucherCode.generate().value(), "en").statusCode()).isEqualTo(404);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(cafe.claim(second, VoucherCode.generate().value(), "en").statusCode()).as("the second account has its own three").isEqualTo(404);
        }
        JsonNode paper = bearerVoucher();
        var third = cafe.claim(shopper(), paper.get("code").asString(), "de");
        assertThat(third.statusCode()).as("a fresh account at the same address").isEqualTo(429);
        assertThat(third.body()).contains("Zu viele unbekannte Codes");
        assertThat(holder(paper)).isNull();

        String elsewhere = shopper();
        assertThat(new Client("127.0.0.14").claim(elsewhere, paper.get("code").asString(), "de").statusCode()).isEqualTo(200);
        assertThat(holder(paper)).isEqualTo(UUID.fromString(elsewhere));
    }

    @Test
    void behindTheTrustedWebFrontEachBrowsersAddressHasItsOwnAllowance() {
        Client webFront = new Client("127.0.0.2");
        for (int i = 0; i < 5; i++) {
            assertThat(webFront.claim(shopper(), VoucherCode.generate().value(), "en", "203.0.113.7").statusCode()).isEqualTo(404);
        }
        JsonNode paper = bearerVoucher();
        var guesser = webFront.claim(shopper(), paper.get("code").asString(), "en", "203.0.113.7");
        assertThat(guesser.statusCode()).as("the guessing browser's address is locked, whichever account it uses").isEqualTo(429);
        var rewritten = webFront.claim(shopper(), paper.get("code").asString(), "en", "198.51.100.99, 203.0.113.7");
        assertThat(rewritten.statusCode()).as("what the browser wrote itself, left of the address the front saw, changes nothing").isEqualTo(429);
        assertThat(holder(paper)).isNull();

        String neighbour = shopper();
        var claimed = webFront.claim(neighbour, paper.get("code").asString(), "en", "198.51.100.23");
        assertThat(claimed.statusCode()).as("another browser through the same web front: " + claimed.body()).isEqualTo(200);
        assertThat(holder(paper)).isEqualTo(UUID.fromString(neighbour));
    }

    @Test
    void aForwardedForFromAnUntrustedPeerIsIgnoredAndThePeerIsKeyedByItsOwnAddress() {
        Client stranger = new Client("127.0.0.3");
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.claim(shopper(), VoucherCode.generate().value(), "en", "203.0.113." + (10 + i)).statusCode()).isEqualTo(404);
        }
        JsonNode paper = bearerVoucher();
        var forged = stranger.claim(shopper(), paper.get("code").asString(), "en", "198.51.100.50");
        assertThat(forged.statusCode()).as("a new forged address each time does not give a new allowance").isEqualTo(429);
        assertThat(holder(paper)).isNull();

        String named = shopper();
        var claimed = new Client("127.0.0.2").claim(named, paper.get("code").asString(), "en", "203.0.113.10");
        assertThat(claimed.statusCode()).as("the forged addresses were not counted: " + claimed.body()).isEqualTo(200);
        assertThat(holder(paper)).isEqualTo(UUID.fromString(named));
    }

    @Test
    void malformedCodesCountForNothing() {
        Client phone = new Client("127.0.0.15");
        String shopper = shopper();
        for (int i = 0; i < 6; i++) {
            assertThat(phone.claim(shopper, "ABCD-EFGH", "en").statusCode()).isEqualTo(400);
            assertThat(phone.send(shopper, "{\"code\":", "en").statusCode()).isEqualTo(400);
        }
        JsonNode paper = bearerVoucher();
        assertThat(phone.claim(shopper, paper.get("code").asString(), "en").statusCode()).isEqualTo(200);
        assertThat(holder(paper)).isEqualTo(UUID.fromString(shopper));
    }

    private JsonNode bearerVoucher() {
        JsonNode voucher = soldAtTheCounter(OPERATOR, program, null);
        assertThat(voucher.get("bearer").asBoolean()).isTrue();
        return voucher;
    }

    private UUID holder(JsonNode voucher) {
        return jdbc.sql("SELECT holder_id FROM voucher WHERE id = :id").param("id", UUID.fromString(voucher.get("id").asString())).query(UUID.class)
                .optional().orElse(null);
    }

    private JsonNode wallet(String shopper) {
        return ServiceHttp.json(ServiceHttp.on(port).get("/api/wallet", token(shopper), "en"));
    }

    private static String shopper() {
        return UUID.randomUUID().toString();
    }

    private static String token(String shopper) {
        return TestTokens.token().subject(shopper).roles(Role.SHOPPER).sign();
    }

    private static String type(HttpResponse<String> response) {
        return ServiceHttp.json(response).get("type").asString();
    }

    /** A client connecting from its own loopback address. */
    private final class Client {
        private final HttpClient http;

        Client(String address) {
            try {
                this.http = HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> claim(String shopper, String code, String language) {
            return send(shopper, "{\"code\":\"" + code + "\"}", language, null);
        }

        /** A claim carrying {@code X-Forwarded-For}, as a proxy (or someone pretending to be one) sends it. */
        HttpResponse<String> claim(String shopper, String code, String language, String forwardedFor) {
            return send(shopper, "{\"code\":\"" + code + "\"}", language, forwardedFor);
        }

        HttpResponse<String> send(String shopper, String body, String language) {
            return send(shopper, body, language, null);
        }

        private HttpResponse<String> send(String shopper, String body, String language, @Nullable String forwardedFor) {
            var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/wallet/claims")).header("Accept-Language", language)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token(shopper));
            if (forwardedFor != null) {
                builder.header("X-Forwarded-For", forwardedFor);
            }
            var request = builder.POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
