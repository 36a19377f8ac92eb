package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.citycoop.merchant.registry.VatId;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Self-onboarding end to end (issue 17, item 7; ADR 0025), in German, in a real headless Chromium: a new
 * shopper signs up, applies at /merchants/apply (a mistyped IBAN refused, named after its label), an
 * operator approves in the console, and the applicant, back on the apply page, opens the shop and lands
 * on the checkout of the new shop as its owner, with the notice and the statements page.
 * Screenshots: target/screenshots/apply-*.png.
 */
class MerchantOnboardingBrowserIT {

    private static final String PASSWORD = "Kürbiskernöl aus Fehring 2026";

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.MERCHANTS).with(BrowserPlatform.Part.REDEMPTION)
            .extension();

    private static RunningService merchants() {
        return platform.service(BrowserPlatform.Part.MERCHANTS);
    }

    @Test
    void aShopperAppliesIsApprovedAndOpensTheCheckoutOfTheirNewShop() {
        String email = "zach." + UUID.randomUUID().toString().substring(0, 8) + "@example.at";
        String web = platform.webUrl();
        try (BrowserContext applicantContext = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(1280, 1400));
                Page applicant = applicantContext.newPage()) {
            applicant.navigate(web + "/sign-up");
            applicant.locator("#displayName").fill("Johanna Zach");
            applicant.locator("#email").fill(email);
            applicant.locator("#password").fill(PASSWORD);
            applicant.locator("#homeCity").selectOption("at-fehring");
            applicant.locator("#create").click();
            assertThat(applicant.locator("#welcome")).isVisible();

            applicant.navigate(web + "/");
            applicant.locator("#apply-link").click();
            applicant.locator("input[name=username]").fill(email);
            applicant.locator("input[name=password]").fill(PASSWORD);
            applicant.locator("button[type=submit]").click();
            assertThat(applicant).hasURL(web + "/merchants/apply");
            assertThat(applicant.locator("h1")).hasText("Stadtgutscheine im eigenen Geschäft annehmen");

            fillApplication(applicant, "AT611904300234573202");
            applicant.locator("#send").click();
            // refused by merchant-service, named after the field's label; what was typed stays
            assertThat(applicant.locator("#problem")).containsText("IBAN für Auszahlungen:");
            assertThat(applicant.locator("#storeName")).hasValue("Konditorei Zach am Hauptplatz");
            Chromium.assertAccessible(applicant, "a refused application");
            applicant.locator("#iban").fill("AT611904300234573201");
            applicant.locator("#send").click();
            assertThat(applicant.locator("#waiting")).containsText("Konditorei Zach");
            applicant.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("apply-waiting.png")).setFullPage(true));
            UUID merchant = merchants().bean(JdbcClient.class).sql("SELECT merchant_id FROM merchant_application a JOIN merchant m ON m.id = a.merchant_id"
                    + " WHERE m.trading_name = 'Konditorei Zach' ORDER BY a.applied_at DESC LIMIT 1").query(UUID.class).single();

            try (BrowserContext operatorContext = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(1280, 1400));
                    Page operator = operatorContext.newPage()) {
                Chromium.signIn(operator, web, "operator@citycoop.demo", "/console/merchants");
                operator.locator("#applications tbody tr[data-id='" + merchant + "'] button.approve").click();
                assertThat(operator.locator("#done")).hasText("Das Geschäft ist genehmigt und aktiv.");
            }

            // the applicant refreshes the page: approved, and the shop is opened with a new sign-in
            applicant.reload();
            assertThat(applicant.locator("#approved")).containsText("Konditorei Zach");
            Chromium.assertAccessible(applicant, "an approved application");
            applicant.locator("#open-shop").click();
            if (applicant.locator("#not-yet").count() > 0) {
                applicant.locator("#open-shop").click(); // identity-service had not heard of the approval yet
            }
            assertThat(applicant).hasURL(Pattern.compile(".*/checkout\\?approved.*"));
            assertThat(applicant.locator("#shop-approved")).isVisible();
            assertThat(applicant.locator("#store option")).containsText("Konditorei Zach am Hauptplatz");
            assertThat(applicant.locator("#refusal")).hasCount(0);
            applicant.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("apply-checkout.png")).setFullPage(true));
            Chromium.assertAccessible(applicant, "the new owner's checkout");
            var statements = applicant.navigate(web + "/checkout/statements");
            assertThat(statements.status()).isEqualTo(200);
            assertThat(applicant.locator("#refusal")).hasCount(0);

            assertThat(platform.identity().bean(JdbcClient.class).sql("SELECT merchant_id FROM account WHERE lower(email) = lower(:e)").param("e", email)
                    .query(UUID.class).single()).isEqualTo(merchant);
        }
    }

    private static void fillApplication(Page page, String iban) {
        page.locator("#legalName").fill("Konditorei Zach OG");
        page.locator("#tradingName").fill("Konditorei Zach");
        page.locator("#vatId").fill(austrianVatId());
        page.locator("#iban").fill(iban);
        page.locator("#naceCode").selectOption("10.71");
        page.locator("#street").fill("Hauptplatz 7");
        page.locator("#postalCode").fill("8350");
        page.locator("#cityCode").selectOption("at-fehring");
        page.locator("#storeName").fill("Konditorei Zach am Hauptplatz");
        page.locator("#storeStreet").fill("Hauptplatz 7");
        page.locator("#storePostalCode").fill("8350");
        page.locator("#storeCityCode").selectOption("at-fehring");
    }

    /** A valid Austrian VAT id nobody registered yet (the demo data's are fixed). */
    private static String austrianVatId() {
        while (true) {
            try {
                return VatId.complete("AT", String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000))).value();
            } catch (IllegalArgumentException noCheckDigit) {
                // next
            }
        }
    }
}
