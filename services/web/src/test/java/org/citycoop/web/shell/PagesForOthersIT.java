package org.citycoop.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.identity.IdentityServiceApplication;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.RunningService;
import org.citycoop.web.WebApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People signed in for real (identity-service with its demo accounts, the authorization code flow
 * through the web front, over HTTP) open pages that are not for them: each answers 403 with the page
 * itself, saying whom it is for in the person's language; the pages that are theirs answer 200; a
 * visitor who is not signed in is sent to sign in.
 */
class PagesForOthersIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String VOUCHER = "/wallet/vouchers/" + UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11");

    private static RunningService identity;
    private static RunningService web;
    private static String webUrl;

    @BeforeAll
    static void start() {
        String identityUrl = "http://127.0.0.1:" + freePort();
        int webPort = freePort();
        webUrl = "http://127.0.0.1:" + webPort;
        Map<String, Object> issuer = Map.of("citycoop.security.issuer", identityUrl, "citycoop.security.jwk-set-uri", identityUrl + "/oauth2/jwks");
        Map<String, Object> identitySettings = new HashMap<>(issuer);
        identitySettings.putAll(Map.of("server.port", URI.create(identityUrl).getPort(), "citycoop.identity.web.base-url", webUrl,
                "citycoop.demo-data.enabled", true));
        identity = RunningService.start(IdentityServiceApplication.class, "identity-service", identitySettings);
        Map<String, Object> webSettings = new HashMap<>(issuer);
        webSettings.put("server.port", webPort);
        web = RunningService.start(WebApplication.class, "web", webSettings);
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
        if (identity != null) {
            identity.close();
        }
    }

    @Test
    void aShopperGetsTheStaffsEconomistsAndOperatorsPagesAs403InHungarian() {
        Browser shopper = Browser.signedIn("shopper.lenti@citycoop.demo", "hu", "/wallet/claim");
        assertThat(shopper.last.statusCode()).as("a page of theirs").isEqualTo(200);
        shopper.refused("/checkout", "A pénztár az elfogadó üzletek pénztárosainak és tulajdonosainak szól.", "hu");
        shopper.refused("/checkout/statements", "Az elszámolások az üzlet tulajdonosainak szólnak.", "hu");
        shopper.refused("/dashboards", "A kimutatások az együttműködés közgazdászainak és üzemeltetőinek szólnak.", "hu");
        shopper.refused("/console", "A konzol a szövetség üzemeltetőinek szól.", "hu");
        shopper.refused("/console/audit", "A konzol a szövetség üzemeltetőinek szól.", "hu");
        shopper.refused("/console/settlements", "A konzol a szövetség üzemeltetőinek szól.", "hu");
        shopper.refused("/console/settlements/payouts.xml", "A konzol a szövetség üzemeltetőinek szól.", "hu");
    }

    @Test
    void anOperatorGetsEveryWalletPageAs403() {
        Browser operator = Browser.signedIn("operator@citycoop.demo", "en", "/dashboards");
        assertThat(operator.last.statusCode()).as("a page of theirs").isEqualTo(200);
        assertThat(operator.last.body()).as("ECharts by its content-hashed URL").containsPattern("\"/webjars/echarts/5\\.5\\.0/echarts\\.min-[0-9a-f]{32}\\.js\"");
        for (String page : new String[] {"/wallet", VOUCHER, VOUCHER + "/gift", "/wallet/claim"}) {
            operator.refused(page, "Only shoppers have a wallet.", "en");
        }
        operator.refused("/wallet/member-card", "Only shoppers have a member card.", "en");
        operator.refused("/wallet/points", "Only shoppers collect points.", "en");
        operator.refused("/checkout", "The checkout is for the cashiers and owners of accepting shops.", "en");
    }

    @Test
    void aCashierGetsTheOwnersStatementsAndTheDashboardsAs403InGerman() {
        Browser cashier = Browser.signedIn("cashier.fasching@citycoop.demo", "de-AT", "/checkout/statements");
        cashier.refused("/checkout/statements", "Abrechnungen sind für die Inhaberinnen und Inhaber des Geschäfts.", "de");
        cashier.refused("/dashboards", "Die Auswertungen sind für Ökonominnen, Ökonomen und Betreiber der Kooperation.", "de");
        cashier.refused("/wallet", "Nur Einkaufende haben eine Geldbörse.", "de");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignIn() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : new String[] {"/checkout", "/dashboards", "/wallet", "/console"}) {
            HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(URI.create(webUrl + page)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(to -> assertThat(to).endsWith("/oauth2/authorization/citycoop"));
        }
    }

    /** A browser: its cookies, its language, following redirects as a browser does. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String language;
        private HttpResponse<String> last;

        private Browser(String language) {
            this.language = language;
        }

        /** Signed in through identity-service's form on the way to {@code page}, as a person in a browser. */
        static Browser signedIn(String user, String language, String page) {
            Browser browser = new Browser(language);
            HttpResponse<String> form = browser.get(page);
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as("the sign-in form of identity-service: " + form.uri()).isTrue();
            browser.last = browser.send(HttpRequest.newBuilder(form.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(DemoIds.PASSWORD) + "&_csrf="
                            + encode(csrf.group(1)))));
            assertThat(browser.last.uri().toString()).as("back on the page asked for").isEqualTo(webUrl + page);
            return browser;
        }

        /** {@code page} answers 403, in {@code lang}, with the page's frame and the refusal. */
        void refused(String page, String refusal, String lang) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(page).contains("lang=\"" + lang + "\"").contains(refusal).contains("class=\"skip\"");
        }

        HttpResponse<String> get(String page) {
            return send(HttpRequest.newBuilder(URI.create(webUrl + page)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.header("Accept", "text/html").header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
