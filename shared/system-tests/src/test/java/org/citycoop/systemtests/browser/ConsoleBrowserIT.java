package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.RegisterMerchant;
import org.citycoop.merchant.registry.VatId;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * The operators' console in a real headless Chromium, against identity, merchants, vouchers and
 * redemption (demo data) and the web front, in German: a program drafted, refused with a bad value,
 * activated and closed; a shop's application approved; vouchers sold at the counter (once, though the
 * form was sent twice) and printed; an employer's CSV checked, refused for a bad line, then ordered;
 * the EUR/HUF rate set (a bad one refused); paused tills and the audit log; a cashier has no console.
 * Screenshots: target/screenshots/console-*.png.
 */
class ConsoleBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.MERCHANTS).with(BrowserPlatform.Part.VOUCHERS).with(BrowserPlatform.Part.REDEMPTION)
            .extension();

    private static RunningService merchants() {
        return platform.service(BrowserPlatform.Part.MERCHANTS);
    }

    private static RunningService vouchers() {
        return platform.service(BrowserPlatform.Part.VOUCHERS);
    }

    private static RunningService redemption() {
        return platform.service(BrowserPlatform.Part.REDEMPTION);
    }


    @Test
    void programsAreDraftedActivatedAndClosedAndShopsApproved() {
        UUID applicant = merchants().bean(MerchantRegistration.class).apply(new RegisterMerchant("Konditorei Zach OG", "Konditorei Zach", "at-fehring",
                "10.71", VatId.complete("AT", "7654321").value(), "AT611904300234573201", "Hauptplatz 7", "8350", "info@zach.example", null,
                "Di–So 9–18", new BigDecimal("46.93"), new BigDecimal("16.01")));
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(1280, 1400));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "operator@citycoop.demo", "/console");
            assertThat(page.locator("h1")).hasText("Konsole");
            page.locator(".console-nav a", new Page.LocatorOptions().setHasText("Gutscheinprogramme")).click();
            assertThat(page.locator("#programs tbody tr").filter(new Locator.FilterOptions().setHasText("Feldbacher Stadtgutschein")))
                    .containsText("Aktiv");

            // a value that is no number: voucher-service names it, nothing is saved
            fillDraft(page, "zwölf");
            assertThat(page.locator("#problem")).isVisible();
            assertThat(page.locator("#programs tbody tr").filter(new Locator.FilterOptions().setHasText("Fehringer Gutschein"))).hasCount(0);
            fillDraft(page, "12");
            assertThat(page.locator("#done")).hasText("Das Programm ist als Entwurf gespeichert.");
            Locator fehring = page.locator("#programs tbody tr").filter(new Locator.FilterOptions().setHasText("Fehringer Gutschein"));
            assertThat(fehring).containsText("Entwurf");
            assertThat(fehring).containsText("10,00\u00a0€, 20,00\u00a0€");
            fehring.locator("button.activate").click();
            assertThat(page.locator("#done")).hasText(Pattern.compile("Das Programm ist aktiv.*"));
            assertThat(fehring).containsText("Aktiv");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("console-programs.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the console's programs");
            fehring.locator("input[name=reason]").fill("Aktion beendet");
            fehring.locator("button.close").click();
            assertThat(fehring).containsText("Geschlossen");

            page.locator(".console-nav a", new Page.LocatorOptions().setHasText("Händleranträge")).click();
            Locator application = page.locator("#applications tbody tr[data-id='" + applicant + "']");
            assertThat(application).containsText("Konditorei Zach");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("console-applications.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the console's applications");
            application.locator("button.approve").click();
            assertThat(page.locator("#done")).hasText("Das Geschäft ist genehmigt und aktiv.");
            assertThat(page.locator("#applications tbody tr[data-id='" + applicant + "']")).hasCount(0);
            assertThat(merchants().bean(JdbcClient.class).sql("SELECT status FROM merchant WHERE id = :id").param("id", applicant).query(String.class)
                    .single()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void vouchersAreSoldAtTheCounterOnceAndToAnEmployerFromACsvFile() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(1280, 1400));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "operator@citycoop.demo", "/console/sales");
            page.locator("#programId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Feldbacher Stadtgutschein"));
            page.locator("#amount").fill("20");
            page.locator("#quantity").fill("2");
            String key = page.locator("#sale input[name=key]").inputValue();
            page.locator("#sell").click();
            assertThat(page.locator("#sold")).hasText("2 Gutscheine verkauft für 40,00\u00a0€.");
            assertThat(page.locator("#sold-codes li")).hasCount(2);
            var pdf = context.request().get(platform.webUrl() + page.locator("#sale-pdf").getAttribute("href"));
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("console-counter-sale.png")).setFullPage(true));
            Chromium.assertAccessible(page, "a counter sale");
            // the same form sent again (a double press, a reload): the same sale
            String csrf = page.locator("#sale input[name=_csrf]").inputValue();
            var again = context.request().post(platform.webUrl() + "/console/sales", com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf).set("key", key)
                            .set("programId", page.locator("#programId").inputValue()).set("amount", "20").set("currency", "EUR").set("quantity", "2")
                            .set("paymentMethod", "CASH")));
            assertThat(again.ok()).isTrue();
            assertThat(vouchers().bean(JdbcClient.class).sql("SELECT count(*) FROM voucher v JOIN counter_sale s ON s.id = v.sale_id WHERE s.idempotency_key = :k")
                    .param("k", key).query(Long.class).single()).isEqualTo(2);

            page.navigate(platform.webUrl() + "/console/bulk-orders");
            page.locator("#bulk-program").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Feldbacher Stadtgutschein"));
            page.locator("#companyName").fill("Gleisdorfer Metallbau GmbH");
            page.locator("#companyVatId").fill("ATU" + (10_000_000 + (int) (Math.random() * 89_999_999)));
            page.locator("#amountEach").fill("50");
            // a bad line: named with its line, nothing ordered
            page.locator("#employees").setInputFiles(new FilePayload("staff.csv", "text/csv",
                    "employee_id;name;amount\nP-1;Anna Berger;50\nP-2;Bernd Huber;fünfzig\n".getBytes(StandardCharsets.UTF_8)));
            page.locator("#order").click();
            assertThat(page.locator("#problem")).containsText("fünfzig");
            page.locator("#employees").setInputFiles(new FilePayload("staff.csv", "text/csv",
                    "employee_id;name;amount\nP-1;Anna Berger;50\nP-2;Bernd Huber;20\n".getBytes(StandardCharsets.UTF_8)));
            page.locator("#order").click();
            assertThat(page.locator("#order-result")).hasText(Pattern.compile("Die Datei ist in Ordnung: 2 Gutscheine, insgesamt 70,00\u00a0€\\..*"));
            assertThat(page.locator("#order-pdf")).hasCount(0);
            page.locator("#employees").setInputFiles(new FilePayload("staff.csv", "text/csv",
                    "employee_id;name;amount\nP-1;Anna Berger;50\nP-2;Bernd Huber;20\n".getBytes(StandardCharsets.UTF_8)));
            page.locator("#dryRun").uncheck();
            page.locator("#order").click();
            assertThat(page.locator("#order-result")).hasText("Bestellt: 2 Gutscheine, insgesamt 70,00\u00a0€.");
            assertThat(context.request().get(platform.webUrl() + page.locator("#order-pdf").getAttribute("href")).headers().get("content-type"))
                    .isEqualTo("application/pdf");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("console-bulk-order.png")).setFullPage(true));
            Chromium.assertAccessible(page, "a bulk order");
        }
    }

    @Test
    void theRateIsSetTillsAndTheAuditLogAreShownAndACashierHasNoConsole() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(1280, 1400));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "operator@citycoop.demo", "/console/rates");
            page.locator("#new-rate").fill("kein Kurs");
            page.locator("#set-rate button").click();
            assertThat(page.locator("#problem")).isVisible();
            page.locator("#new-rate").fill("401,25");
            page.locator("#set-rate button").click();
            assertThat(page.locator("#done")).hasText(Pattern.compile("Der Kurs ist gesetzt.*"));
            assertThat(page.locator("#rate")).containsText("1 EUR = 401,25 HUF");
            assertThat(redemption().bean(JdbcClient.class).sql("SELECT rate FROM exchange_rate").query(BigDecimal.class).single())
                    .isEqualByComparingTo("401.25");
            page.navigate(platform.webUrl() + "/console/terminals");
            assertThat(page.locator("#empty")).hasText("Keine Kassa ist pausiert.");
            page.navigate(platform.webUrl() + "/console/audit");
            assertThat(page.locator("#audit tbody tr").count()).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("console-audit.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the audit log");
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "cashier.fasching@citycoop.demo", "/console/programs");
            assertThat(page.locator("#refusal")).hasText("The console is for the operators of the cooperation.");
            assertThat(page.locator("#programs")).hasCount(0);
        }
    }

    private static void fillDraft(Page page, String validity) {
        page.locator("#name-de").fill("Fehringer Gutschein");
        page.locator("#name-sl").fill("Bon Fehring");
        page.locator("#name-hu").fill("Fehringi utalvány");
        page.locator("#name-en").fill("Fehring voucher");
        page.locator("#issuer").selectOption("at-fehring");
        page.locator("#denominations").fill("10 20");
        page.locator("#validityMonths").fill(validity);
        page.locator("#draft-button").click();
    }
}
