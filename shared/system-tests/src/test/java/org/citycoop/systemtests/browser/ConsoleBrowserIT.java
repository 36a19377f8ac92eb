package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.RegisterMerchant;
import org.citycoop.merchant.registry.VatId;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * The operators' console in a real headless Chromium, against identity, merchants, vouchers and
 * redemption (demo data) and the web front, in German: a program drafted, refused with a bad value,
 * activated and closed; a shop's application approved; vouchers sold at the counter (once, though the
 * form was sent twice) and printed; an employer's CSV checked, refused for a bad line, then ordered;
 * the EUR/HUF rate set (a bad one refused); paused tills and the audit log; the demo's settled past weeks:
 * their statements, clearing between the cities and a pain.001 downloaded through the page that validates against ISO's
 * schema, a period the wrong way round refused in German; a cashier has no console (403).
 * Screenshots: target/screenshots/console-*.png.
 */
class ConsoleBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.MERCHANTS).with(BrowserPlatform.Part.VOUCHERS)
            // the demo's settled past weeks, as after ./citycoop up: redeemed at the demo shops and settled by the real code
            .with(BrowserPlatform.Part.REDEMPTION, Map.of("citycoop.demo-data.enabled", true, "citycoop.demo-data.settled-weeks-wait", "PT4M"))
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

    @Test
    void anOperatorSeesTheClearingOfTheSettledWeeksAndDownloadsAPain001ThatValidatesAgainstTheSchema() throws Exception {
        JdbcClient db = redemption().bean(JdbcClient.class);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> db.sql(
                "SELECT count(*) FROM demo_data_set WHERE name = 'redemption-service/demo-settled-weeks'").query(Long.class).single() > 0);
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Vienna")).with(DayOfWeek.MONDAY);
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(1280, 1400)
                .setAcceptDownloads(true)); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "operator@citycoop.demo", "/console");
            page.locator(".console-nav a", new Page.LocatorOptions().setHasText("Abrechnungen und Auszahlungen")).click();
            // the last four whole weeks: the three settled ones are in them
            assertThat(page.locator("#from")).hasValue(monday.minusWeeks(4).toString());
            assertThat(page.locator("#to")).hasValue(monday.minusDays(1).toString());
            // the settled statements of those weeks: the Feldbach bakery has one a week
            Locator bakery = page.locator("#statements tbody tr").filter(new Locator.FilterOptions().setHasText("Bäckerei Fasching"));
            assertThat(bakery.first()).containsText("Abgerechnet am");
            assertThat(bakery.count()).isGreaterThanOrEqualTo(3);
            // the regional voucher (the cooperation's) was spent in Feldbach and elsewhere: the cooperation owes those cities
            Locator feldbach = page.locator("#clearing tbody tr").filter(new Locator.FilterOptions().setHasText("Feldbach"));
            assertThat(feldbach.locator("td").nth(0)).hasText("City Cooperation");
            assertThat(feldbach.locator("td").nth(2)).hasText(Pattern.compile("[1-9][\\d.]*,\\d{2}\u00a0€"));
            assertThat(page.locator("#clearing tbody tr").count()).isGreaterThanOrEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("console-settlements.png")).setFullPage(true));
            Chromium.assertAccessible(page, "the console's settlements");

            Download pain001 = page.waitForDownload(() -> page.locator("#pain001").click());
            assertThat(pain001.suggestedFilename()).endsWith(".xml");
            byte[] xml = Files.readAllBytes(pain001.path());
            pain001Schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            assertThat(new String(xml, StandardCharsets.UTF_8)).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09").contains("<CdtTrfTxInf>");
            Download csv = page.waitForDownload(() -> page.locator("#payouts-csv").click());
            assertThat(csv.suggestedFilename()).endsWith(".csv");
            assertThat(Files.readString(csv.path())).startsWith("settlement_id,").contains(",EUR,");

            // a period the wrong way round: redemption-service's refusal, in German, with its status
            page.locator("#from").fill(monday.toString());
            page.locator("#to").fill(monday.minusWeeks(4).toString());
            page.locator("#show").click();
            assertThat(page.locator("#problem")).containsText("from nicht nach to");
            assertThat(page.locator("#clearing")).hasCount(0);
            assertThat(page.locator("#statements")).hasCount(0);
            // (a request of the page's context does not send the browser's language by itself)
            var refused = context.request().get(platform.webUrl() + "/console/settlements/payouts.xml?from=" + monday + "&to=" + monday.minusWeeks(4),
                    com.microsoft.playwright.options.RequestOptions.create().setHeader("Accept-Language", "de-AT"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("from nicht nach to");
        }
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "cashier.fasching@citycoop.demo", "/console/settlements");
            assertThat(page.locator("#refusal")).hasText("The console is for the operators of the cooperation.");
            assertThat(page.locator("#clearing")).hasCount(0);
            assertThat(page.reload().status()).isEqualTo(403);
            var file = context.request().get(platform.webUrl() + "/console/settlements/payouts.xml");
            assertThat(file.status()).isEqualTo(403);
            assertThat(file.text()).doesNotContain("pain.001.001.09");
        }
    }

    /** ISO's pain.001.001.09 schema, as redemption-service validates its files against it (from its class path). */
    private static Schema pain001Schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        var xsd = org.citycoop.redemption.RedemptionServiceApplication.class.getClassLoader().getResource("pain.001.001.09.xsd");
        assertThat(xsd).as("pain.001.001.09.xsd on the class path").isNotNull();
        return factory.newSchema(xsd);
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
