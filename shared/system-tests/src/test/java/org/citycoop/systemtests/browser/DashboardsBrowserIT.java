package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.analytics.readmodel.Rollups;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The economists' dashboards in a real headless Chromium, against identity-service, analytics-service
 * and the web front, over a small year (2025) whose figures are known: six Feldbach shoppers spend
 * EUR 10.00 each of their EUR 20.00 Feldbach vouchers at the bakery in March, six Ptuj shoppers EUR 5.00
 * each of their EUR 5.00 region vouchers at a Ptuj bookshop in April: the region EUR 90.00 in 12
 * redemptions by 12 shoppers, Feldbach EUR 60.00 and Ptuj EUR 30.00, EUR 60.00 of vouchers outstanding.
 * The region's economist sees them in charts and tables, drills from the region to Feldbach to its
 * bakeries, downloads a CSV; in German the same figures as "60,00 €"; an economist of Ptuj asking for
 * Feldbach is refused in Slovenian; a shopper is told the dashboards are not for them.
 * Screenshots: target/screenshots/dashboards-*.png.
 */
class DashboardsBrowserIT {

    static final String YEAR = "from=2025-01-01&to=2025-12-31";

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.ANALYTICS, Map.of("citycoop.analytics.rollup-interval", "200ms")).extension();

    @BeforeAll
    static void start() {
        publishTheYear();
    }

    private static RunningService analytics() {
        return platform.service(BrowserPlatform.Part.ANALYTICS);
    }

    private static void publishTheYear() {
        UUID bakery = UUID.randomUUID();
        UUID bookshop = UUID.randomUUID();
        UUID feldbach = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        Instant march = Instant.parse("2025-03-05T10:00:00Z");
        Instant april = Instant.parse("2025-04-10T10:00:00Z");
        List<IntegrationEvent> events = new ArrayList<>();
        events.add(new MerchantRegistered(bakery, "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71", march.minus(Duration.ofDays(90))));
        events.add(new MerchantRegistered(bookshop, "Knjigarna Ptuj d.o.o.", "Knjigarna Ptuj", "si-ptuj", "SI", "47.61", march.minus(Duration.ofDays(90))));
        events.add(new ProgramActivated(feldbach, Map.of("en", "Feldbach voucher"), "at-feldbach", "EUR", "CITY", List.of("at-feldbach"), 36, march));
        events.add(new ProgramActivated(region, Map.of("en", "Region voucher"), "cooperation", "EUR", "REGION", List.of(), 36, march));
        for (int i = 0; i < 12; i++) {
            UUID shopper = UUID.randomUUID();
            UUID voucher = UUID.randomUUID();
            boolean fromFeldbach = i < 6;
            events.add(new UserRegistered(shopper, List.of("SHOPPER"), fromFeldbach ? "at-feldbach" : "si-ptuj", null, march.minus(Duration.ofDays(10))));
            long face = fromFeldbach ? 2000 : 500;
            events.add(new VoucherIssued(voucher, fromFeldbach ? feldbach : region, "hash-" + voucher, fromFeldbach ? "at-feldbach" : "cooperation", "EUR", face,
                    face, 0, "COUNTER", "CARD", shopper, march.plus(Duration.ofDays(1000)), march.minus(Duration.ofDays(4))));
            long spent = fromFeldbach ? 1000 : 500;
            events.add(new VoucherRedeemed(UUID.randomUUID(), voucher, fromFeldbach ? bakery : bookshop, UUID.randomUUID(), spent, "EUR", spent, "EUR", "1",
                    face - spent, 1, fromFeldbach ? march : april));
        }
        try (KafkaSender.Batch batch = KafkaSender.batch()) {
            events.forEach(event -> batch.publish(event, UUID.randomUUID().toString()));
            batch.flush();
        }
        JdbcClient db = analytics().bean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> db.sql("SELECT count(*) FROM fact_redemption WHERE day BETWEEN '2025-01-01' AND '2025-12-31'")
                .query(Long.class).single() == 12 && analytics().bean(Rollups.class).pending() == 0);
    }


    @Test
    void theRegionsEconomistSeesTheYearDrillsToABakeryAndDownloadsIt() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 1600));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "economist@citycoop.demo", "/dashboards?" + YEAR);
            shown(page);
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Dashboards");
            assertThat(page.locator("#kpis dd").nth(0)).hasText("€90.00");
            assertThat(page.locator("#kpis dd").nth(1)).hasText("12");
            assertThat(page.locator("#kpis dd").nth(2)).hasText("12");
            assertThat(page.locator("#kpis dd").nth(3)).hasText("€60.00");
            // month by month: March and April, as bars drawn (SVG) and as a table
            assertThat(page.locator("#time-chart svg path").count()).isPositive();
            assertThat(page.locator("#time-table tbody tr")).hasCount(2);
            assertThat(page.locator("#time-table tbody tr").nth(0).locator("td").nth(1)).hasText("€60.00");
            assertThat(page.locator("#time-table tbody tr").nth(1).locator("td").nth(1)).hasText("€30.00");
            // by city, then Feldbach's sectors, then its bakeries
            assertThat(rows(page, "#where-table")).containsExactly("Feldbach|€60.00|6|6", "Ptuj|€30.00|6|6");
            assertThat(rows(page, "#flow-table")).containsExactly("AT|AT|€60.00|6", "Network|SI|€30.00|6");
            assertThat(rows(page, "#shops-table")).containsExactly("Bäckerei Fasching|€60.00|6|6", "Knjigarna Ptuj|€30.00|6|6");
            assertThat(rows(page, "#vouchers-table")).containsExactly("Feldbach|6|€120.00|€60.00|€0.00|€0.00|€60.00",
                    "Cooperation (whole region)|6|€30.00|€30.00|€0.00|€0.00|€0.00");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "dashboards-region.png")).setFullPage(true));

            page.locator("#where-table button", new Page.LocatorOptions().setHasText("Feldbach")).click();
            shown(page);
            assertThat(page.locator("#crumbs li[aria-current]")).hasText("Feldbach");
            assertThat(page.locator("#where-heading")).hasText("Spending by sector");
            assertThat(rows(page, "#where-table")).containsExactly("Bakeries and food|€60.00|6|6");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*city=at-feldbach.*"));
            page.locator("#where-table button").first().click();
            shown(page);
            assertThat(page.locator("#crumbs li[aria-current]")).hasText("Bakeries and food");
            assertThat(rows(page, "#where-table")).containsExactly("Bäckerei Fasching|€60.00|6|6");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "dashboards-drill-down.png")).setFullPage(true));

            // the CSV behind the first chart, as the economist
            String href = page.locator("section:has(#time-chart) .downloads a").first().getAttribute("href");
            assertThat(href).startsWith("/dashboards/export/spending?").contains("format=csv");
            APIResponse csv = context.request().get(platform.webUrl() + href);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.headers().get("content-type")).startsWith("text/csv");
            assertThat(csv.text()).contains("2025-03");

            // what the page's script never asks: a measure that does not exist, a period that is no date, a forged format
            assertThat(context.request().get(platform.webUrl() + "/dashboards/data/accounts?" + YEAR).status()).isEqualTo(404);
            APIResponse badDate = context.request().get(platform.webUrl() + "/dashboards/data/spending?from=yesterday&to=2025-12-31");
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(badDate.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(badDate.text()).contains("from").doesNotContain("Exception");
            assertThat(context.request().get(platform.webUrl() + "/dashboards/export/spending?" + YEAR + "&format=exe").status()).isEqualTo(400);

            // back to the region by the breadcrumb
            page.locator("#crumbs button", new Page.LocatorOptions().setHasText("Region")).click();
            shown(page);
            assertThat(rows(page, "#where-table")).hasSize(2);
        }
    }

    @Test
    void inGermanTheSameFiguresInGermanFormat() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(390, 844));
                Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "economist@citycoop.demo", "/dashboards?" + YEAR);
            shown(page);
            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page.locator("h1")).hasText("Auswertungen");
            assertThat(page.locator("#kpis dt").nth(0)).hasText("Eingelöste Gutscheine");
            assertThat(page.locator("#kpis dd").nth(0)).hasText("90,00\u00a0€");
            assertThat(rows(page, "#where-table")).containsExactly("Feldbach|60,00\u00a0€|6|6", "Ptuj|30,00\u00a0€|6|6");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "dashboards-de-phone.png")).setFullPage(true));
            // switched to Hungarian on the page: forints shown as forints
            page.locator("nav.languages a[lang=hu]").click();
            assertThat(page.locator("h1")).hasText("Kimutatások");
            shown(page);
            page.selectOption("#currency", "HUF");
            page.locator("#filters button[type=submit]").click();
            shown(page);
            assertThat(page.locator("#kpis dd").nth(0)).hasText(java.util.regex.Pattern.compile("36\\s000\\sFt"));
        }
    }

    @Test
    void anEconomistOfPtujAskingForFeldbachIsRefusedInSlovenian() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("sl-SI")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "economist.ptuj@citycoop.demo", "/dashboards?" + YEAR + "&city=at-feldbach");
            page.locator("body[data-state=failed]").waitFor();
            assertThat(page.locator("#status")).hasClass("status error");
            assertThat(page.locator("#status")).not().isEmpty();
            String refusal = page.locator("#status").textContent();
            assertThat(refusal).doesNotContain("Exception").doesNotContain("at-feldbach=");
            // the whole region's totals are theirs to see
            page.selectOption("#city", "");
            page.locator("#filters button[type=submit]").click();
            shown(page);
            assertThat(page.locator("#kpis dd").nth(0)).hasText("90,00\u00a0€");
        }
    }

    @Test
    void aShopperIsToldTheDashboardsAreNotForThem() {
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("hu-HU")); Page page = context.newPage()) {
            Chromium.signIn(page, platform.webUrl(), "shopper.feldbach@citycoop.demo", "/dashboards");
            assertThat(page.locator("#not-allowed")).hasText("A kimutatások az együttműködés közgazdászainak és üzemeltetőinek szólnak.");
            assertThat(page.locator("#filters")).hasCount(0);
        }
    }

    private static void shown(Page page) {
        page.locator("body[data-state=shown]").waitFor();
    }

    /** The rows of a table, cells joined by "|". */
    private static List<String> rows(Page page, String table) {
        return page.locator(table + " tbody tr").all().stream()
                .map(row -> String.join("|", row.locator("td").allInnerTexts().stream().map(String::strip).toList())).toList();
    }
}
