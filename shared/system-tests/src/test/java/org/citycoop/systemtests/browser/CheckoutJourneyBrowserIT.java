package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The journey across the platform in a real headless Chromium, every service as it runs (identity,
 * merchants, vouchers, redemption, analytics, the web front; a real broker and PostgreSQL), with the
 * demo data: a shopper shows a voucher's QR code at the till (English); the cashier of the Feldbach
 * bakery feeds a picture of that QR code to the checkout page, which reads it in the browser, and takes
 * part of the voucher (German); the shopper sees what is left and the spending in the voucher's history
 * (Slovenian); the region's economist sees the redemption in the dashboards (Hungarian). And the till's
 * other paths: a code typed, an unknown code, several vouchers on one basket, a second till declined
 * for the same money, giving back with a second press, the day's takings, the sale recorded; a shopper
 * has no checkout. Screenshots of each step: target/screenshots/journey-*.png, checkout-*.png.
 *
 * The journey runs first: the bakery's takings of the day are then its own.
 * The economist's figures are compared with what the dashboards showed before the journey (other tests
 * on the same broker may spend today too). analytics-service runs with {@code citycoop.analytics.min-shoppers=1}: this journey has one shopper,
 * and cells of fewer than 5 shoppers are otherwise suppressed (suppression is tested by MeasuresIT and
 * DashboardsBrowserIT).
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CheckoutJourneyBrowserIT {

    /** Paper vouchers of the demo data (README: try the till). */
    static final String FELDBACH_PAPER = "DEM0-FE1D-BACH-10EV-R0PA-PERY";
    static final String REGIONAL_PAPER = "DEM0-REG1-0N50-EVR0-PAPE-R004";

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.MERCHANTS).with(BrowserPlatform.Part.VOUCHERS).with(BrowserPlatform.Part.POINTS,
            Map.of("citycoop.demo-data.enabled", false)).with(BrowserPlatform.Part.REDEMPTION).with(BrowserPlatform.Part.ANALYTICS,
                    Map.of("citycoop.analytics.rollup-interval", "200ms", "citycoop.analytics.min-shoppers", 1)).extension();

    @BeforeAll
    static void tillKnowsTheDemoVouchers() {
        // the till knows the demo vouchers and that the bakery accepts their programs once the events have arrived
        JdbcClient till = redemption().bean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> till.sql("SELECT count(*) FROM voucher").query(Long.class).single() >= 7
                && till.sql("SELECT count(*) FROM acceptance WHERE merchant_id = :m").param("m", DemoIds.merchant("Bäckerei Fasching"))
                        .query(Long.class).single() >= 2);
    }

    private static RunningService vouchers() {
        return platform.service(BrowserPlatform.Part.VOUCHERS);
    }

    private static RunningService redemption() {
        return platform.service(BrowserPlatform.Part.REDEMPTION);
    }


    @Test
    @org.junit.jupiter.api.Order(1) // the bakery's takings are this journey's alone
    void aShoppersVoucherScannedFromAPictureAtTheTillIsSeenByTheShopperAndTheEconomist() throws Exception {
        // 0. what the region's economist sees of today before (other tests on the same broker may have spent today too)
        // today's figures: the journey does not begin in the last minutes before the cities' midnight
        org.citycoop.testsupport.Midnight.notWithin(Duration.ofMinutes(5), ZoneId.of("Europe/Vienna"));
        String today = LocalDate.now(ZoneId.of("Europe/Vienna")).toString();
        String dashboard = "/dashboards?from=" + today + "&to=" + today;
        JdbcClient facts = platform.service(BrowserPlatform.Part.ANALYTICS).bean(JdbcClient.class);
        org.citycoop.analytics.readmodel.Rollups rollups = platform.service(BrowserPlatform.Part.ANALYTICS).bean(org.citycoop.analytics.readmodel.Rollups.class);
        long[] seen = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long now = facts.sql("SELECT count(*) FROM fact_redemption").query(Long.class).single();
            boolean settled = now == seen[0] && rollups.pending() == 0;
            seen[0] = now;
            return settled;
        });
        BigDecimal spentBefore;
        long redemptionsBefore;
        BigDecimal bakeryBefore;
        try (BrowserContext economist = platform.browser().newContext(new Browser.NewContextOptions().setLocale("hu-HU").setViewportSize(1280, 1600));
                Page page = economist.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "economist@citycoop.demo", dashboard);
            assertThat(page.locator("#kpis dd").first()).isVisible();
            // every chart and table drawn
            assertThat(page.locator("body")).hasAttribute("data-state", "shown");
            spentBefore = amount(page.locator("#kpis dd").nth(0).textContent());
            redemptionsBefore = amount(page.locator("#kpis dd").nth(1).textContent()).longValueExact();
            bakeryBefore = bakery(page);
        }

        // 1. the shopper (English) opens the Feldbach voucher and shows it at the till
        Path qrPicture = Chromium.screenshot("journey-1-qr-at-the-till.png");
        String code;
        try (BrowserContext shopper = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844));
                Page page = shopper.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet");
            page.locator("#vouchers a", new Page.LocatorOptions().setHasText("Feldbach city voucher")).click();
            assertThat(page.locator("#balance")).hasText("€20.00");
            code = page.locator("#code").textContent().strip();
            page.locator("#full-screen").click();
            assertThat(page.locator("#qr-card")).hasClass(Pattern.compile(".*\\btill\\b.*"));
            // the picture the cashier's page is fed: the QR as the shopper's phone shows it
            Files.write(qrPicture, page.locator("#qr").screenshot());
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-0-shopper-shows-qr.png")));
        }

        // 2. the cashier (German) feeds that picture to the checkout, sees 20,00 € accepted, takes 7,50 €
        try (BrowserContext cashier = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(820, 1180));
                Page page = cashier.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "cashier.fasching@citycoop.demo", "/checkout");
            assertThat(page.locator("h1")).hasText("Kassa");
            java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onRequest(request -> asked.add(request.url()));
            assertThat(page.locator("#store option:checked")).hasText("Bäckerei Fasching · Feldbach");
            page.locator("#basket-total").fill("12,80");
            assertThat(page.locator("#to-pay")).hasText("Noch zu zahlen: 12,80\u00a0€");
            page.locator("#photo").setInputFiles(qrPicture);
            assertThat(page.locator("#voucher-balance")).hasText("20,00\u00a0€", Chromium.afterPhotoRead());
            assertThat(page.locator("#voucher-verdict")).hasText("In diesem Geschäft einlösbar.");
            assertThat(page.locator("#amount")).hasValue("12,80");
            // read in the browser (html5-qrcode's decoder; headless Chromium has no BarcodeDetector) or, when that decoder gives up on the
            // picture (it does, now and then, on a screenshot), by the web front; then asked of the till service like any code
            assertThat(asked).anyMatch(url -> url.endsWith("/checkout/api/scans"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-2-cashier-scanned.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the checkout with a voucher scanned");
            page.locator("#amount").fill("7,50");
            page.locator("#redeem-button").click();
            assertThat(page.locator("#outcome-title")).hasText("✓ Genehmigt");
            assertThat(page.locator("#outcome-detail")).hasText("7,50\u00a0€ vom Gutschein abgebucht; noch 12,50\u00a0€ darauf.");
            assertThat(page.locator("#basket-lines li")).hasCount(1);
            assertThat(page.locator("#basket-lines li").first()).containsText("…" + code.substring(code.length() - 4));
            assertThat(page.locator("#to-pay")).hasText("Noch zu zahlen: 5,30\u00a0€");
            assertThat(page.locator("#takings-summary")).hasText("Eingelöste Gutscheine: 1; zusammen 7,50\u00a0€, zurückgebucht 0,00\u00a0€, netto 7,50\u00a0€.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-3-cashier-approved.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the checkout's approval");
        }
        assertThat(tillBalance(code)).as("redemption-service's balance").isEqualTo(1250);

        // 3. the shopper (Slovenian this time) sees what is left and where it was spent
        try (BrowserContext shopper = platform.browser().newContext(new Browser.NewContextOptions().setLocale("sl-SI").setViewportSize(390, 844));
                Page page = shopper.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet");
            assertThat(page.locator("h1")).hasText("Vaši boni");
            page.locator("#vouchers a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Feldbaški mestni bon")).click();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                page.reload();
                assertThat(page.locator("#balance").textContent().strip()).isEqualTo("12,50\u00a0€");
            });
            assertThat(page.locator("#history tbody tr")).hasCount(1);
            assertThat(page.locator("#history tbody tr td").nth(2)).hasText("Bäckerei Fasching");
            assertThat(page.locator("#history tbody tr td").nth(3)).hasText("7,50\u00a0€");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-4-shopper-new-balance.png")).setFullPage(true));
            Chromium.assertAccessible(page, "a voucher in the wallet");
        }

        // 4. the region's economist (Hungarian) sees today's redemption in the dashboards: EUR 7.50 and one redemption more
        try (BrowserContext economist = platform.browser().newContext(new Browser.NewContextOptions().setLocale("hu-HU").setViewportSize(1280, 1600));
                Page page = economist.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "economist@citycoop.demo", dashboard);
            assertThat(page.locator("h1")).hasText("Kimutatások");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                page.reload();
                assertThat(page.locator("body")).hasAttribute("data-state", "shown");
                assertThat(amount(page.locator("#kpis dd").nth(0).textContent())).isEqualByComparingTo(spentBefore.add(new BigDecimal("7.50")));
            });
            // Hungarian figures: a decimal comma and the currency after the amount
            assertThat(page.locator("#kpis dd").nth(0)).hasText(Pattern.compile("[\\d\\s\u00a0]+,\\d{2}\u00a0EUR"));
            assertThat(amount(page.locator("#kpis dd").nth(1).textContent()).longValueExact()).isEqualTo(redemptionsBefore + 1);
            // the top shops table is drawn after the figures at a glance
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(bakery(page)).isEqualByComparingTo(bakeryBefore.add(new BigDecimal("7.50"))));
            // on the map: a circle at Feldbach
            assertThat(page.locator("#spending-map path.leaflet-interactive[data-city='at-feldbach']")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-5-economist-sees-it.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the dashboards");
        }
    }

    @Test
    void theTillTakesTypedCodesSeveralVouchersABasketDeclinesWithReasonsAndGivesBack() throws Exception {
        try (BrowserContext owner = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(820, 1180));
                Page till = owner.newPage(); Page secondTill = owner.newPage()) {
            Chromium.signIn(till, platform.webUrl(), "owner.fasching@citycoop.demo", "/checkout");
            assertThat(till.locator("#statements-link")).isVisible();
            int takenBefore = takings(till);

            // a mistyped code is named; a well-formed code nobody issued is no voucher: nothing to redeem either way
            till.locator("#code").fill("ABCD-EFGH");
            till.locator("#type-code button").click();
            assertThat(till.locator("#scan-status")).hasClass(Pattern.compile(".*\\berror\\b.*"));
            assertThat(till.locator("#scan-status")).not().isEmpty();
            assertThat(till.locator("#voucher")).isHidden();
            till.locator("#code").fill(VoucherCode.generate().grouped());
            till.locator("#type-code button").click();
            assertThat(till.locator("#voucher-verdict")).hasText(Pattern.compile("This code is no citycoop voucher.*"));
            assertThat(till.locator("#redeem")).isHidden();

            // two vouchers on one basket of €30.00: the whole €10.00 paper voucher, then €20.00 of the €50.00 regional one
            till.locator("#basket-total").fill("30.00");
            till.locator("#code").fill(FELDBACH_PAPER.toLowerCase().replace("-", " "));
            till.locator("#type-code button").click();
            assertThat(till.locator("#voucher-balance")).hasText("€10.00");
            assertThat(till.locator("#amount")).hasValue("10.00");
            // more than is left is caught before anything is sent
            till.locator("#amount").fill("12");
            till.locator("#redeem-button").click();
            assertThat(till.locator("#amount-error")).hasText("Only €10.00 is left on this voucher.");
            till.locator("#amount").fill("ten euros");
            till.locator("#redeem-button").click();
            assertThat(till.locator("#amount-error")).hasText("Enter an amount, for example 7,50.");
            till.locator("#amount").fill("10");
            till.locator("#redeem-button").click();
            assertThat(till.locator("#outcome-title")).hasText("✓ Approved");
            assertThat(till.locator("#to-pay")).hasText("Still to pay: €20.00");

            // a second till scans the regional voucher too, before the first takes €20.00 of it
            secondTill.navigate(platform.webUrl() + "/checkout");
            secondTill.locator("#code").fill(REGIONAL_PAPER);
            secondTill.locator("#type-code button").click();
            assertThat(secondTill.locator("#voucher-balance")).hasText("€50.00");

            till.locator("#next").click();
            till.locator("#code").fill(REGIONAL_PAPER);
            till.locator("#type-code button").click();
            assertThat(till.locator("#amount")).hasValue("20.00");
            till.locator("#redeem-button").click();
            assertThat(till.locator("#outcome-detail")).hasText("€20.00 taken off the voucher; €30.00 left on it.");
            assertThat(till.locator("#basket-lines li")).hasCount(2);
            assertThat(till.locator("#to-pay")).hasText("Still to pay: €0.00");
            till.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-basket-of-two.png")).setFullPage(true));

            // the second till asks for €40.00 of what is now €30.00: declined by redemption-service, with the reason
            secondTill.locator("#amount").fill("40");
            secondTill.locator("#redeem-button").click();
            assertThat(secondTill.locator("#outcome-title")).hasText("✗ Declined: Not enough on the voucher");
            assertThat(secondTill.locator("#outcome")).hasClass(Pattern.compile(".*\\bdeclined\\b.*"));
            // and shows what is left now
            assertThat(secondTill.locator("#voucher-balance")).hasText("€30.00");
            secondTill.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-declined.png")).setFullPage(true));
            Chromium.assertAccessible(secondTill, "the checkout's decline");
            assertThat(tillBalance(REGIONAL_PAPER)).isEqualTo(3000);

            // giving back the regional voucher's €20.00 takes a second press
            var giveBack = till.locator("#basket-lines li").nth(1).locator("button.reverse");
            giveBack.click();
            assertThat(giveBack).hasText("Press again to give back");
            assertThat(tillBalance(REGIONAL_PAPER)).as("not yet").isEqualTo(3000);
            giveBack.click();
            assertThat(till.locator("#outcome-title")).hasText("✓ Given back");
            assertThat(till.locator("#outcome-detail")).hasText("€50.00 left on the voucher.");
            assertThat(tillBalance(REGIONAL_PAPER)).isEqualTo(5000);
            assertThat(till.locator("#to-pay")).hasText("Still to pay: €20.00");
            assertThat(takings(till)).isEqualTo(takenBefore + 2);
            assertThat(till.locator("#takings-summary")).containsText("given back €20.00");

            // the sale is recorded (for points; no member card shown)
            till.locator("#finish").click();
            assertThat(till.locator("#member-status")).hasText("Sale recorded.");
            assertThat(till.locator("#basket-lines li")).hasCount(0);
            assertThat(redemption().bean(JdbcClient.class).sql("SELECT count(*) FROM purchase WHERE store_id = :s AND basket_total = 3000")
                    .param("s", DemoIds.store("Bäckerei Fasching")).query(Long.class).single()).isEqualTo(1);
            till.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-takings.png")).setFullPage(true));

            // the owner's statements: once last week is settled, what was taken, given back and paid out, also as CSV
            till.locator("#statements-link").click();
            assertThat(till.locator("#empty")).isVisible();
            JdbcClient db = redemption().bean(JdbcClient.class);
            java.time.ZoneId vienna = java.time.ZoneId.of("Europe/Vienna");
            LocalDate monday = LocalDate.now(vienna).minusWeeks(1).with(java.time.DayOfWeek.MONDAY);
            java.sql.Timestamp wednesday = java.sql.Timestamp.from(monday.plusDays(2).atTime(10, 0).atZone(vienna).toInstant());
            db.sql("UPDATE redemption SET at = :at WHERE store_id = :s").param("at", wednesday).param("s", DemoIds.store("Bäckerei Fasching")).update();
            db.sql("UPDATE reversal SET at = :at").param("at", wednesday).update();
            redemption().bean(org.citycoop.redemption.settlement.Settlements.class).settle(monday, monday.plusDays(6));
            till.reload();
            assertThat(till.locator("#statements tbody tr")).not().hasCount(0);
            // Feldbach's vouchers: what the bakery took of them (the paper voucher's €10.00 here, the journey's €7.50 when it ran first),
            // less what it gave back; the region's: €20.00 taken, €20.00 given back
            record Taken(long count, long net) {
            }
            Taken feldbach = db.sql("""
                    SELECT count(*) AS count, coalesce(sum(r.amount - r.reversed), 0) AS net FROM redemption r JOIN voucher v ON v.id = r.voucher_id
                    WHERE r.store_id = :s AND r.outcome = 'APPROVED' AND v.issuer = 'at-feldbach'""").param("s", DemoIds.store("Bäckerei Fasching"))
                    .query(Taken.class).single();
            assertThat(feldbach.net()).isGreaterThanOrEqualTo(1000);
            String net = String.format(java.util.Locale.ROOT, "%d.%02d", feldbach.net() / 100, feldbach.net() % 100);
            assertThat(till.locator("#statements tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Feldbach"))
                    .locator("td").nth(5)).hasText("€" + net);
            till.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-statements.png")).setFullPage(true));
            Chromium.assertAccessible(till, "the statements");
            com.microsoft.playwright.Download download = till.waitForDownload(() -> till.locator("#download").click());
            String csv = Files.readString(download.path());
            assertThat(csv).startsWith("statement_id,period_from")
                    .contains(",at-feldbach,EUR," + feldbach.count() + "," + net + ",0.00," + net + ",citycoop " + monday);
            // the payout file: the account each payout goes to (as redemption-service knows it) and the transfer's reference
            String iban = db.sql("SELECT coalesce(max(iban), '') FROM payout_account WHERE merchant_id = :m")
                    .param("m", DemoIds.merchant("Bäckerei Fasching")).query(String.class).single();
            com.microsoft.playwright.Download payouts = till.waitForDownload(() -> till.locator("#download-payouts").click());
            assertThat(payouts.suggestedFilename()).startsWith("payouts-").endsWith(".csv");
            assertThat(Files.readString(payouts.path())).startsWith("settlement_id,period_from,period_to,issuer,paying_city,account_holder,iban")
                    .contains("," + iban + ",EUR," + net + ",citycoop " + monday + ".." + monday.plusDays(6) + " ");
        }
    }

    @Test
    void theMemberCardShownAtTheTillEarnsPointsTheShopperSeesWithTheirReasons() throws Exception {
        Path memberQr = Chromium.screenshot("checkout-member-card-qr.png");
        try (BrowserContext shopper = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844));
                Page card = shopper.newPage()) {
            Chromium.signIn(card, platform.webUrl(), "shopper.ptuj@citycoop.demo", "/wallet/member-card");
            assertThat(card.locator("#qr")).isVisible();
            Files.write(memberQr, card.locator("#qr").screenshot());
            // the cashier (Slovenian) reads the member card from a picture of it and finishes a sale of EUR 42.00
            try (BrowserContext cashier = platform.browser().newContext(new Browser.NewContextOptions().setLocale("sl-SI").setViewportSize(820, 1180));
                    Page till = cashier.newPage()) {
                Chromium.signIn(till, platform.webUrl(), "cashier.fasching@citycoop.demo", "/checkout");
                till.locator("#basket-total").fill("42,00");
                till.locator("#photo").setInputFiles(memberQr);
                assertThat(till.locator("#member-status")).hasText("Članska kartica prebrana: nakup prinese točke, ko zaključite prodajo.", Chromium.afterPhotoRead());
                till.locator("#finish").click();
                assertThat(till.locator("#member-status")).containsText("Prodaja zabeležena.");
                till.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-member-card.png")).setFullPage(true));
            }
            // the shopper's points: the purchase with its reasons
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                card.navigate(platform.webUrl() + "/wallet/points");
                assertThat(card.locator("#earned > li").count()).isEqualTo(1);
            });
            assertThat(card.locator("#earned > li").first()).containsText("Feldbach");
            assertThat(card.locator("#earned > li .reasons li").first()).containsText("Base rate (EUR)");
            // Ptuj's shopper spent in Feldbach: across the border, and the points say so
            assertThat(card.locator("#earned > li .reasons")).containsText("Spent across the border (SI→AT)");
            card.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-member-points.png")).setFullPage(true));
            Chromium.assertAccessible(card, "the points after a purchase");
        }
    }

    @Test
    void theCameraReadsTheVoucherHeldInFrontOfIt() throws Exception {
        var matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(VoucherCode.parse(FELDBACH_PAPER).orElseThrow().uri(),
                com.google.zxing.BarcodeFormat.QR_CODE, 360, 360);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        com.google.zxing.client.j2se.MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        Path video = Chromium.cameraVideo(png.toByteArray(), Chromium.screenshot("checkout-fake-camera.y4m"));
        // a Chromium whose camera films the voucher (permission granted as a cashier would)
        try (Browser filming = Chromium.launch(platform.playwright(), java.util.List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
                BrowserContext context = filming.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(820, 1180)
                        .setPermissions(java.util.List.of("camera")));
                Page till = context.newPage()) {
            Chromium.signIn(till, platform.webUrl(), "cashier.fasching@citycoop.demo", "/checkout");
            long left = tillBalance(FELDBACH_PAPER);
            till.locator("#camera").click();
            assertThat(till.locator("#voucher")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(till.locator("#voucher-balance")).hasText(String.format(java.util.Locale.ROOT, "€%d.%02d", left / 100, left % 100));
            // the camera stops once it has read a code
            assertThat(till.locator("#camera")).hasText("Scan with the camera");
            till.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checkout-camera.png")).setFullPage(true));
        }
    }

    @Test
    void theTillWorksWithTheKeyboardAlone() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(820, 1180));
                Page till = context.newPage()) {
            // a voucher no other test spends: the Feldbach shopper's regional one, its code from their wallet
            String code;
            try (Page wallet = context.newPage()) {
                Chromium.signIn(wallet, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet");
                wallet.locator("#vouchers a", new Page.LocatorOptions().setHasText("City Cooperation regional voucher")).click();
                code = wallet.locator("#code").textContent().strip();
                wallet.navigate(platform.webUrl() + "/account");
                wallet.locator("#sign-out").click();
            }
            Chromium.signIn(till, platform.webUrl(), "cashier.fasching@citycoop.demo", "/checkout");
            long before = tillBalance(code);
            // the first Tab reaches the skip link, which leads to the page's content
            till.keyboard().press("Tab");
            assertThat(focused(till)).isEqualTo("skip");
            till.locator("#code").focus();
            till.keyboard().type(code);
            till.keyboard().press("Enter");
            assertThat(till.locator("#voucher-verdict")).hasText("Accepted in this shop.");
            // the amount has the focus; typed over and sent with Enter
            assertThat(focused(till)).isEqualTo("amount");
            till.keyboard().press("Control+A");
            till.keyboard().type("1");
            till.keyboard().press("Enter");
            assertThat(till.locator("#outcome-title")).hasText("✓ Approved");
            // the outcome takes the focus (announced), the next Tab is "Next voucher", which brings the focus back to the code
            assertThat(focused(till)).isEqualTo("outcome");
            till.keyboard().press("Tab");
            assertThat(focused(till)).isEqualTo("next");
            till.keyboard().press("Enter");
            assertThat(focused(till)).isEqualTo("code");
            assertThat(tillBalance(code)).isEqualTo(before - 100);
        }
    }

    /** The id (or, without one, the class) of the element that has the keyboard's focus. */
    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement.id || document.activeElement.className");
    }

    @Test
    void aShopperHasNoCheckoutAndBadRequestsAreNamed() throws Exception {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("hu-HU")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.lenti@citycoop.demo", "/checkout");
            assertThat(page.locator("#refusal")).hasText("A pénztár az elfogadó üzletek pénztárosainak és tulajdonosainak szól.");
            assertThat(page.locator("#scan")).hasCount(0);
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "cashier.fasching@citycoop.demo", "/checkout");
            long paperBefore = tillBalance(FELDBACH_PAPER);
            String csrf = page.locator("meta[name=csrf-token]").getAttribute("content");
            // a store of another merchant: named as unknown, nothing about it told
            var otherStore = context.request().post(platform.webUrl() + "/checkout/api/scans", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("X-CSRF-TOKEN", csrf).setHeader("Content-Type", "application/json")
                    .setData("{\"code\":\"" + FELDBACH_PAPER + "\",\"storeId\":\"" + DemoIds.store("Lekarna Ptuj") + "\"}"));
            assertThat(otherStore.status()).isEqualTo(400);
            assertThat(otherStore.text()).contains("storeId").doesNotContain("Exception");
            // no store id at all, or one that is no id: 400, never a 500
            var noId = context.request().get(platform.webUrl() + "/checkout/api/takings?storeId=nonsense");
            assertThat(noId.status()).isEqualTo(400);
            assertThat(noId.text()).doesNotContain("Exception").doesNotContain("at org.");
            // without the form's token the till refuses to take money
            var forged = context.request().post(platform.webUrl() + "/checkout/api/redemptions", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setData("{\"code\":\"" + FELDBACH_PAPER + "\",\"amount\":1,\"currency\":\"EUR\"}"));
            assertThat(forged.status()).isEqualTo(403);
            // photos the browser could not read: no picture, a picture too large to decode, none without the form's token
            var notAPicture = context.request().post(platform.webUrl() + "/checkout/api/photos", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("X-CSRF-TOKEN", csrf).setHeader("Content-Type", "image/png").setData("not a png".getBytes(StandardCharsets.UTF_8)));
            assertThat(notAPicture.status()).isEqualTo(400);
            assertThat(notAPicture.text()).contains("No QR code could be read in this photo").doesNotContain("Exception");
            java.io.ByteArrayOutputStream huge = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(5000, 2, java.awt.image.BufferedImage.TYPE_BYTE_BINARY), "png", huge);
            assertThat(context.request().post(platform.webUrl() + "/checkout/api/photos", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("X-CSRF-TOKEN", csrf).setHeader("Content-Type", "image/png").setData(huge.toByteArray())).status()).isEqualTo(400);
            assertThat(context.request().post(platform.webUrl() + "/checkout/api/photos", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "image/png").setData(huge.toByteArray())).status()).isEqualTo(403);
            assertThat(context.request().post(platform.webUrl() + "/checkout/api/photos", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("X-CSRF-TOKEN", csrf).setHeader("Content-Type", "text/plain").setData("x")).status()).isEqualTo(415);
            assertThat(tillBalance(FELDBACH_PAPER)).isEqualTo(paperBefore);
            // the owner's files are not a cashier's: refused by redemption-service, no account shown
            for (String file : List.of("/checkout/payouts.csv", "/checkout/statements.csv")) {
                var refused = context.request().get(platform.webUrl() + file);
                assertThat(refused.status()).as(file).isEqualTo(403);
                assertThat(refused.text()).doesNotContain("settlement_id").doesNotContain("statement_id");
            }
        }
        // nor a shopper's
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.lenti@citycoop.demo", "/wallet");
            assertThat(context.request().get(platform.webUrl() + "/checkout/payouts.csv").status()).isEqualTo(403);
        }
    }

    /** What the checkout page says was taken today (the number of vouchers). */
    private static int takings(Page till) {
        assertThat(till.locator("#takings-summary")).not().isEmpty();
        String summary = till.locator("#takings-summary").textContent();
        java.util.regex.Matcher number = Pattern.compile("(\\d+);").matcher(summary);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }

    /** A figure as the Hungarian page shows it ("1 234,50 EUR", "12") as a number; 0 when it shows none. */
    private static BigDecimal amount(String shown) {
        String digits = shown.replaceAll("[^\\d,.]", "");
        if (digits.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(digits.replace(".", "").replace(',', '.'));
    }

    /** What the top shops table says was spent at the Feldbach bakery (0 when it is not listed). */
    private static BigDecimal bakery(Page page) {
        var row = page.locator("#shops-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bäckerei Fasching"));
        return row.count() == 0 ? BigDecimal.ZERO : amount(row.first().locator("td").nth(1).textContent());
    }

    /** The balance redemption-service holds for a code, in cents. */
    private static long tillBalance(String code) {
        String hashKey = redemption().context().getEnvironment().getRequiredProperty("citycoop.voucher-codes.hash-key");
        String hash = VoucherCode.parse(code).orElseThrow().keyedHash(java.util.Base64.getDecoder().decode(hashKey));
        return redemption().bean(JdbcClient.class).sql("SELECT balance FROM voucher WHERE code_hash = :h").param("h", hash).query(Long.class).single();
    }
}
