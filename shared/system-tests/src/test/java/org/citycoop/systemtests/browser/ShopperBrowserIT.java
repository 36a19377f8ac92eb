package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The shopper's other screens in a real headless Chromium, against identity, merchants, vouchers and
 * points with their demo data and the web front: points with the reasons of each purchase, turned
 * into a voucher that appears in the wallet (once, though the form was sent twice); a paper voucher
 * claimed from a photo of its QR code; a voucher given away and claimed by someone else with its new
 * code; the shops that accept a voucher on a list and a map; bad codes named in the shopper's language.
 * Screenshots: target/screenshots/shopper-*.png.
 */
class ShopperBrowserIT {

    static final String REGIONAL_PAPER = "DEM0-REG1-0N50-EVR0-PAPE-R004";

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.MERCHANTS).with(BrowserPlatform.Part.VOUCHERS).with(BrowserPlatform.Part.POINTS)
            .extension();

    private static RunningService merchants() {
        return platform.service(BrowserPlatform.Part.MERCHANTS);
    }

    private static RunningService vouchers() {
        return platform.service(BrowserPlatform.Part.VOUCHERS);
    }

    private static RunningService points() {
        return platform.service(BrowserPlatform.Part.POINTS);
    }


    @Test
    void pointsWithTheirReasonsBecomeAVoucherInTheWalletOnce() {
        UUID shopper = DemoIds.account("shopper.feldbach@citycoop.demo");
        // two purchases of EUR 500 at the Feldbach bakery, on two days (the daily cap is 500 points)
        for (String day : java.util.List.of("2026-11-02", "2026-11-03")) {
            KafkaSender.publish(new PurchaseRecorded(UUID.randomUUID(), DemoIds.merchant("Bäckerei Fasching"), DemoIds.store("Bäckerei Fasching"),
                    "at-feldbach", shopper, 50_000, "EUR", 0, Instant.parse(day + "T10:00:00Z")), UUID.randomUUID().toString());
        }
        JdbcClient ledger = points().bean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.sql("SELECT count(*) FROM accrual WHERE shopper_id = :s").param("s", shopper)
                .query(Long.class).single() == 2);
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet/points");
            assertThat(page.locator("h1")).hasText("Ihre Punkte");
            assertThat(page.locator("#points-balance")).hasText("1.000");
            assertThat(page.locator("#earned > li")).hasCount(2);
            assertThat(page.locator("#earned > li").first()).containsText("+500 Punkte");
            assertThat(page.locator("#earned > li").first()).containsText("Feldbach");
            assertThat(page.locator("#earned > li").first().locator(".reasons li").first()).containsText("Grundsatz (EUR)");
            long before = walletSize(shopper);
            var offer = page.locator("#offers li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("1.000 Punkte"));
            assertThat(offer.locator("button")).isEnabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("shopper-points.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the points");
            // the form sent twice (a double tap): one conversion
            String key = offer.locator("input[name=key]").inputValue();
            offer.locator("button").click();
            assertThat(page.locator("#converted")).hasText("1.000 Punkte umgewandelt: Ihr Gutschein erscheint gleich in Ihrer Geldbörse.");
            assertThat(page.locator("#points-balance")).hasText("0");
            // the conversion is a line too: −1,000 and the two purchases' +500 each add up to the balance of 0
            assertThat(page.locator("#earned > li")).hasCount(3);
            assertThat(page.locator("#earned > li").first()).hasClass("conversion");
            assertThat(page.locator("#earned > li").first()).containsText("-1.000 Punkte");
            assertThat(page.locator("#earned > li").first()).containsText("In einen Gutschein umgewandelt:");
            assertThat(page.locator("#points-total")).hasText("Diese Zeilen ergeben Ihren Stand von 0 Punkten.");
            String csrf = page.locator("input[name=_csrf]").first().inputValue();
            var again = context.request().post(platform.webUrl() + "/wallet/points/conversions", com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(com.microsoft.playwright.options.FormData.create().set("rewardId", offer.locator("input[name=rewardId]").inputValue())
                            .set("key", key).set("_csrf", csrf)));
            assertThat(again.ok()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> walletSize(shopper) == before + 1);
            assertThat(ledger.sql("SELECT count(*) FROM conversion").query(Long.class).single()).isEqualTo(1);
            // a reward that does not exist: said so on the page, nothing converted
            var bogus = context.request().post(platform.webUrl() + "/wallet/points/conversions", com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(com.microsoft.playwright.options.FormData.create().set("rewardId", UUID.randomUUID().toString())
                            .set("key", UUID.randomUUID().toString()).set("_csrf", csrf)));
            assertThat(bogus.ok()).isTrue();
            assertThat(bogus.text()).contains("id=\"problem\"").doesNotContain("Exception");
            assertThat(ledger.sql("SELECT count(*) FROM conversion").query(Long.class).single()).isEqualTo(1);
            page.navigate(platform.webUrl() + "/wallet");
            assertThat(page.locator("#vouchers li")).hasCount((int) before + 1);
        }
    }

    @Test
    void aPaperVoucherIsClaimedFromAPhotoAndAGivenVoucherByItsNewCode() throws Exception {
        Path photo = Chromium.screenshot("shopper-paper-voucher-qr.png");
        var matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(VoucherCode.parse(REGIONAL_PAPER).orElseThrow().uri(),
                com.google.zxing.BarcodeFormat.QR_CODE, 400, 400);
        com.google.zxing.client.j2se.MatrixToImageWriter.writeToPath(matrix, "PNG", photo);
        UUID ptuj = DemoIds.account("shopper.ptuj@citycoop.demo");
        long ptujBefore = walletSize(ptuj);
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("sl-SI").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.ptuj@citycoop.demo", "/wallet");
            page.locator("#claim-link").click();
            assertThat(page.locator("h1")).hasText("Dodaj papirnati bon");
            // a mistyped code: named in Slovenian, nothing claimed
            page.locator("#code").fill("DEM0-REG1-0N50-EVR0-PAPE-R005");
            page.locator("#claim-button").click();
            assertThat(page.locator("#problem")).isVisible();
            assertThat(page.locator("#problem")).not().containsText("Exception");
            assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("shopper-claim-refused.png")).setFullPage(true));
            Chromium.assertAccessible(page, "a refused claim");
            assertThat(walletSize(ptuj)).isEqualTo(ptujBefore);
            // the photo of the paper voucher: read in the browser, claimed
            page.locator("#photo").setInputFiles(photo);
            assertThat(page.locator("#notice")).hasText("Bon je zdaj v vaši denarnici, z novo kodo.", Chromium.afterPhotoRead());
            assertThat(page.locator("#balance")).hasText("50,00\u00a0€");
            assertThat(page.locator("#code")).not().hasText(REGIONAL_PAPER);
            assertThat(walletSize(ptuj)).isEqualTo(ptujBefore + 1);
        }

        // the Lenti shopper gives a voucher away; its new code, shown once, is claimed by the Ptuj shopper
        UUID lenti = DemoIds.account("shopper.lenti@citycoop.demo");
        long lentiBefore = walletSize(lenti);
        String newCode;
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("hu-HU").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.lenti@citycoop.demo", "/wallet");
            page.locator("#vouchers a").first().click();
            String oldCode = page.locator("#code").textContent().strip();
            page.locator("#gift").click();
            assertThat(page.locator("h1")).hasText("Utalvány elajándékozása");
            page.locator("#give").click();
            assertThat(page.locator("#given")).containsText("10\u00a0000\u00a0Ft");
            newCode = page.locator("#code").textContent().strip();
            assertThat(newCode).isNotEqualTo(oldCode);
            assertThat(VoucherCode.parse(Chromium.decodeQr(page.locator("#qr").screenshot())).map(VoucherCode::grouped)).contains(newCode);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("shopper-gift.png")).setFullPage(true));
            // someone else's voucher cannot be given away from here: refused, nothing moves
            page.navigate(platform.webUrl() + "/wallet/vouchers/" + UUID.randomUUID() + "/gift");
            String formToken = page.locator("input[name=_csrf]").first().inputValue();
            UUID feldbachs = vouchers().bean(JdbcClient.class).sql("SELECT id FROM voucher WHERE holder_id = :h LIMIT 1")
                    .param("h", DemoIds.account("shopper.feldbach@citycoop.demo")).query(UUID.class).single();
            long feldbachBefore = walletSize(DemoIds.account("shopper.feldbach@citycoop.demo"));
            var notTheirs = page.context().request().post(platform.webUrl() + "/wallet/vouchers/" + feldbachs + "/gift",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", formToken)));
            assertThat(notTheirs.status()).isBetween(400, 404);
            assertThat(notTheirs.text()).doesNotContain("Exception");
            assertThat(walletSize(DemoIds.account("shopper.feldbach@citycoop.demo"))).isEqualTo(feldbachBefore);
            Chromium.assertAccessible(page, "a given voucher");
            assertThat(walletSize(lenti)).isEqualTo(lentiBefore - 1);
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.ptuj@citycoop.demo", "/wallet/claim");
            page.locator("#code").fill(newCode);
            page.locator("#claim-button").click();
            assertThat(page.locator("#notice")).hasText("The voucher is in your wallet now, with a new code.");
            assertThat(page.locator("#balance")).hasText("HUF\u00a010,000");
        }
    }

    @Test
    void theShopsThatAcceptAVoucherOnAListAndAMap() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1024, 1200));
                Page page = context.newPage()) {
            // open to everyone
            page.navigate(platform.webUrl() + "/shops");
            assertThat(page.locator("h1")).hasText("Where to spend vouchers");
            long active = merchants().bean(JdbcClient.class).sql("SELECT count(*) FROM merchant WHERE status = 'ACTIVE'").query(Long.class).single();
            assertThat(page.locator("#shop-list li")).hasCount((int) active);
            assertThat(page.locator("#count")).hasText(active + " shops");
            assertThat(page.locator("#map path.leaflet-interactive")).hasCount((int) active);
            page.locator("#city").selectOption("at-feldbach");
            page.locator(".filters button").click();
            assertThat(page.locator("#shop-list li")).hasCount(1);
            assertThat(page.locator("#shop-list li .name")).hasText("Bäckerei Fasching");
            assertThat(page.locator("#count")).hasText("1 shop");
            // a city that is none of the network's is ignored, not an error
            assertThat(page.navigate(platform.webUrl() + "/shops?city=nowhere&sector=x").status()).isEqualTo(200);
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet");
            page.locator("#vouchers a", new Page.LocatorOptions().setHasText("Feldbach city voucher")).click();
            page.locator("#where").click();
            assertThat(page.locator("h1")).hasText("Shops accepting the Feldbach city voucher");
            // merchant-service learns of the demo programs from voucher-service's events and its demo shops accept them then
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                page.reload();
                assertThat(page.locator("#shop-list li .name").allTextContents()).contains("Bäckerei Fasching");
            });
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("shopper-shops.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the shop finder");
            assertThat(page.navigate(platform.webUrl() + "/shops?program=" + UUID.randomUUID()).status()).isEqualTo(400);
            assertThat(page.locator("#refusal")).hasText("There is no such voucher program.");
        }
    }

    @Test
    void theWalletInstallsAsAnAppAndItsQrCodesWorkOffline() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844));
                Page page = context.newPage()) {
            // installable: a manifest with a start page and icons
            var manifest = context.request().get(platform.webUrl() + "/manifest.webmanifest");
            assertThat(manifest.ok()).isTrue();
            assertThat(manifest.text()).contains("\"start_url\": \"/wallet\"").contains("\"display\": \"standalone\"");
            assertThat(context.request().get(platform.webUrl() + "/icons/icon-512.png").headers().get("content-type")).isEqualTo("image/png");

            Chromium.signIn(page, platform.webUrl(), "shopper.ptuj@citycoop.demo", "/wallet");
            assertThat(page.locator("link[rel=manifest]")).hasCount(1);
            // bounded: navigator.serviceWorker.ready never settles when the worker fails to install, and evaluate has no timeout
            assertThat(page.evaluate("() => Promise.race([navigator.serviceWorker.ready.then(() => 'ready'),"
                    + " new Promise(settle => setTimeout(() => settle('no service worker active after 20 s'), 20000))])"))
                    .isEqualTo("ready");
            // the service worker now serves the pages: opened online, they are kept
            page.reload();
            page.locator("#vouchers a").first().click();
            String voucherPage = page.url();
            String code = page.locator("#code").textContent().strip();
            String drawn = page.locator("#offline-note").getAttribute("data-drawn-at");
            await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) page.evaluate(
                    "() => caches.open('citycoop-wallet-v1').then(cache => cache.keys()).then(keys => keys.length)")).intValue() >= 2);

            context.setOffline(true);
            page.navigate(voucherPage);
            assertThat(page.locator("#offline-note")).isVisible();
            assertThat(page.locator("#offline-note")).containsText("You are offline");
            assertThat(page.locator("#offline-note")).hasAttribute("data-drawn-at", drawn);
            assertThat(VoucherCode.parse(Chromium.decodeQr(page.locator("#qr").screenshot())).map(VoucherCode::grouped)).contains(code);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("shopper-offline-voucher.png")).setFullPage(true));
            page.navigate(platform.webUrl() + "/wallet");
            assertThat(page.locator("#vouchers li").first()).isVisible();
            context.setOffline(false);

            // signing out forgets the kept wallet
            page.navigate(platform.webUrl() + "/account");
            page.locator("#sign-out").click();
            assertThat(page).hasURL(platform.webUrl() + "/");
            assertThat((Boolean) page.evaluate("() => caches.has('citycoop-wallet-v1')")).isFalse();
        }
    }

    private static long walletSize(UUID shopper) {
        return vouchers().bean(JdbcClient.class).sql("SELECT count(*) FROM voucher WHERE holder_id = :h AND status = 'ACTIVE'").param("h", shopper)
                .query(Long.class).single();
    }
}
