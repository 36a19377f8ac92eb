package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.citycoop.contracts.points.MemberToken;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The shopper's rotating member QR in a real headless Chromium, against identity-service,
 * points-service and the web front: the page shows a code points-service signed for this shopper,
 * renews it before it runs out, says so when the phone goes offline (counting down, then hiding the
 * code that ran out) and shows a new one when it is back online. Codes live 8 s here (60 s in
 * production) so the test sees them run out. Screenshots: target/screenshots/member-card-*.png.
 */
class MemberCardBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.POINTS, Map.of("citycoop.points.member-token-lifetime", "8s"))
            .web(Map.of("citycoop.web.member-card.renew-before", "3s")).extension();

    private static RunningService points() {
        return platform.service(BrowserPlatform.Part.POINTS);
    }


    @Test
    void theMemberQrRenewsItselfWhileOnlineAndSaysSoWhenThePhoneIsOffline() throws Exception {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.ptuj@citycoop.demo", "/wallet/member-card");
            assertThat(page.locator("h1")).hasText("Your member card");

            // a code points-service signed for this shopper, drawn as a QR that reads back as the same text
            String first = shownCode(page);
            assertThat(first).startsWith(MemberToken.URI_PREFIX);
            assertThat(Chromium.decodeQr(page.locator("#qr").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "member-card-qr.png"))))).as("the QR on the screen").isEqualTo(first);
            SignedJWT token = SignedJWT.parse(MemberToken.fromScan(first));
            ECKey key = JWKSet.load(URI.create(("http://127.0.0.1:" + points().port()) + "/api/member-keys").toURL()).getKeyByKeyId(token.getHeader().getKeyID()).toECKey();
            assertThat(token.verify(new ECDSAVerifier(key))).as("signed by points-service").isTrue();
            assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(accountId("shopper.ptuj@citycoop.demo"));
            assertThat(page.locator("#status")).hasText(java.util.regex.Pattern.compile("Valid for \\d+ more seconds; a new code follows by itself\\."));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "member-card-online.png")));

            // renewed before it runs out
            page.waitForFunction("previous => document.getElementById('qr').dataset.qr && document.getElementById('qr').dataset.qr !== previous", first,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
            String second = shownCode(page);
            assertThat(second).isNotEqualTo(first).startsWith(MemberToken.URI_PREFIX);

            // offline: the page says so and counts down what is left of the code shown …
            context.setOffline(true);
            assertThat(page.locator("#status")).hasClass("offline");
            assertThat(page.locator("#status")).containsText("You are offline. The code shown is valid for");
            assertThat(page.locator("#qr")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "member-card-offline.png")));
            // … and hides it once it ran out
            page.locator("#qr").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(15_000));
            assertThat(page.locator("#status")).hasClass("expired");
            assertThat(page.locator("#status")).hasText("You are offline and the last code has run out: connect to the internet to get a new one.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "member-card-expired.png")));

            // back online: a new code at once
            context.setOffline(false);
            page.locator("#qr").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
            assertThat(page.locator("#status")).hasClass("online");
            assertThat(shownCode(page)).isNotEqualTo(second).startsWith(MemberToken.URI_PREFIX);
        }
    }

    @Test
    void inGermanThePageAndItsStatusAreGerman() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet/member-card");
            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page.locator("h1")).hasText("Ihre Mitgliedskarte");
            assertThat(page.locator("#qr")).isVisible();
            assertThat(page.locator("#status")).hasText(java.util.regex.Pattern.compile("Noch \\d+ Sekunden gültig; ein neuer Code folgt von selbst\\."));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "member-card-de.png")));
        }
    }

    @Test
    void aCashierHasNoMemberCardAndIsToldSoInTheirLanguage() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("sl-SI")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "cashier.fasching@citycoop.demo", "/wallet/member-card");
            // the page itself refuses (403, issue 17): no code is asked for
            assertThat(page.locator("#refusal")).hasText("Člansko kartico imajo samo kupci.");
            assertThat(page.locator("#qr")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(page.navigate(platform.webUrl() + "/wallet/member-card").status()).isEqualTo(403);
        }
    }

    private static String shownCode(Page page) {
        page.locator("#qr").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
        return page.locator("#qr").getAttribute("data-qr");
    }

    private static String accountId(String email) {
        return platform.identity().bean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("SELECT id::text FROM account WHERE email = :e")
                .param("e", email).query(String.class).single();
    }
}
