package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The shopper's wallet in a real headless Chromium, against identity-service, voucher-service (with its
 * demo wallets) and the web front: a shopper sees their vouchers with what is left on each, opens one
 * and shows its QR code, which reads back as the voucher's code; amounts in the page's language
 * ("20,00 €", "10 000 Ft"); someone else's voucher is not shown; an economist has no wallet.
 * Screenshots: target/screenshots/wallet-*.png.
 */
class WalletBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.VOUCHERS).extension();

    private static RunningService vouchers() {
        return platform.service(BrowserPlatform.Part.VOUCHERS);
    }


    @Test
    void aShopperSeesTheirVouchersAndShowsOnesQrCodeAtTheTill() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet");
            assertThat(page.locator("h1")).hasText("Your vouchers");
            // as many as voucher-service holds for this shopper, each with what is left on it
            assertThat(page.locator("#vouchers li")).hasCount((int) held("shopper.feldbach@citycoop.demo"));
            assertThat(cards(page)).containsExactlyInAnyOrder("Feldbach city voucher|€20.00", "City Cooperation regional voucher|€25.00");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "wallet-list.png")).setFullPage(true));

            page.locator("#vouchers a", new Page.LocatorOptions().setHasText("Feldbach city voucher")).click();
            assertThat(page.locator("h1")).hasText("Feldbach city voucher");
            assertThat(page.locator("#balance")).hasText("€20.00");
            String shown = page.locator("#code").textContent().strip();
            String decoded = Chromium.decodeQr(page.locator("#qr").screenshot());
            assertThat(VoucherCode.parse(decoded)).as("the QR on the screen").map(VoucherCode::grouped).contains(shown);
            assertThat(page.locator("#qr")).hasAttribute("data-qr", decoded);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "wallet-voucher.png")).setFullPage(true));

            page.locator("#full-screen").click();
            assertThat(page.locator("#qr-card")).hasClass(java.util.regex.Pattern.compile(".*\\btill\\b.*"));
            assertThat(Chromium.decodeQr(page.locator("#qr").screenshot())).isEqualTo(decoded);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "wallet-at-the-till.png")));
        }
    }

    @Test
    void amountsInTheShoppersLanguage() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/wallet");
            assertThat(page.locator("h1")).hasText("Ihre Gutscheine");
            assertThat(cards(page)).contains("Feldbacher Stadtgutschein|20,00\u00a0€");
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("hu-HU")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.lenti@citycoop.demo", "/wallet");
            assertThat(page.locator("h1")).hasText("Az Ön utalványai");
            assertThat(page.locator("#vouchers .balance").first()).hasText(java.util.regex.Pattern.compile("10\\s000\\sFt"));
        }
    }

    @Test
    void someoneElsesVoucherIsNotShownAndAnEconomistHasNoWallet() {
        String feldbachs = vouchers().bean(JdbcClient.class).sql("SELECT id::text FROM voucher WHERE holder_id = :h LIMIT 1")
                .param("h", DemoIds.account("shopper.feldbach@citycoop.demo")).query(String.class).single();
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("sl-SI")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.ptuj@citycoop.demo", "/wallet");
            com.microsoft.playwright.Response response = page.navigate(platform.webUrl() + "/wallet/vouchers/" + feldbachs);
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("#refusal")).hasText("Tega bona ni v vaši denarnici.");
            assertThat(page.locator("#qr")).hasCount(0);
            // an address that is no voucher id at all: a clear 400, no trace of the server's insides
            com.microsoft.playwright.APIResponse garbled = context.request().get(platform.webUrl() + "/wallet/vouchers/..%2Fadmin%3Cscript%3E");
            assertThat(garbled.status()).isBetween(400, 404);
            assertThat(garbled.text()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("<script>");
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "economist@citycoop.demo", "/wallet");
            assertThat(page.locator("#refusal")).hasText("Only shoppers have a wallet.");
        }
    }

    private static long held(String email) {
        return vouchers().bean(JdbcClient.class).sql("SELECT count(*) FROM voucher WHERE holder_id = :h").param("h", DemoIds.account(email))
                .query(Long.class).single();
    }

    /** Each voucher card: program and balance. */
    private static List<String> cards(Page page) {
        return page.locator("#vouchers li").all().stream()
                .map(card -> card.locator(".program").textContent().strip() + "|" + card.locator(".balance").textContent().strip()).toList();
    }

}
