package org.citycoop.systemtests.browser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.analytics.AnalyticsServiceApplication;
import org.citycoop.identity.IdentityServiceApplication;
import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.points.PointsServiceApplication;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.testsupport.RunningService;
import org.citycoop.voucher.VoucherServiceApplication;
import org.citycoop.web.WebApplication;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

/**
 * What a browser test runs against: identity-service with the demo accounts, the services the test
 * asks for (with their demo data where they have some), and the web front pointed at them, each on a
 * free port, trusting identity-service's tokens as in production; and the machine's headless Chromium.
 * A test class declares it as a static {@code @RegisterExtension} field: it starts before the class's
 * own {@code @BeforeAll} methods and is closed after its tests.
 */
final class BrowserPlatform implements org.junit.jupiter.api.extension.BeforeAllCallback, org.junit.jupiter.api.extension.AfterAllCallback {

    /** A service a browser test may need, and where the web front finds it. */
    enum Part {
        MERCHANTS(MerchantServiceApplication.class, "merchant-service", "citycoop.web.merchant-url", true),
        VOUCHERS(VoucherServiceApplication.class, "voucher-service", "citycoop.web.voucher-url", true),
        POINTS(PointsServiceApplication.class, "points-service", "citycoop.web.points-url", true),
        REDEMPTION(RedemptionServiceApplication.class, "redemption-service", "citycoop.web.redemption-url", false),
        ANALYTICS(AnalyticsServiceApplication.class, "analytics-service", "citycoop.web.analytics-url", false);

        final Class<?> application;
        final String name;
        final String webSetting;
        final boolean demoData;

        Part(Class<?> application, String name, String webSetting, boolean demoData) {
            this.application = application;
            this.name = name;
            this.webSetting = webSetting;
            this.demoData = demoData;
        }
    }

    /** The parts to start, each with settings of its own on top of the defaults. */
    static final class Plan {
        private final Map<Part, Map<String, Object>> parts = new EnumMap<>(Part.class);
        private final Map<String, Object> web = new HashMap<>();

        Plan with(Part part) {
            return with(part, Map.of());
        }

        Plan with(Part part, Map<String, Object> settings) {
            parts.put(part, settings);
            return this;
        }

        /** Settings of the web front on top of its defaults. */
        Plan web(Map<String, Object> settings) {
            web.putAll(settings);
            return this;
        }

        /** The platform as a JUnit extension of a test class (a static {@code @RegisterExtension} field): started before its tests, closed after. */
        BrowserPlatform extension() {
            return new BrowserPlatform(parts, web);
        }
    }

    private final Map<Part, Map<String, Object>> parts;
    private final Map<String, Object> webExtra;
    private final Map<Part, RunningService> services = new EnumMap<>(Part.class);
    private RunningService identity;
    private RunningService web;
    private String identityUrl;
    private String webUrl;
    private Playwright playwright;
    private Browser browser;

    static Plan plan() {
        return new Plan();
    }

    private BrowserPlatform(Map<Part, Map<String, Object>> parts, Map<String, Object> webExtra) {
        this.parts = Map.copyOf(parts);
        this.webExtra = Map.copyOf(webExtra);
    }

    @Override
    public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
        int identityPort = Chromium.freePort();
        int webPort = Chromium.freePort();
        Map<Part, Integer> ports = new EnumMap<>(Part.class);
        parts.keySet().forEach(part -> ports.put(part, Chromium.freePort()));
        identityUrl = "http://127.0.0.1:" + identityPort;
        webUrl = "http://127.0.0.1:" + webPort;
        Map<String, Object> issuer = Map.of("citycoop.security.issuer", identityUrl, "citycoop.security.jwk-set-uri", identityUrl + "/oauth2/jwks");
        List<RunningService> started = new ArrayList<>();
        try {
            identity = RunningService.start(IdentityServiceApplication.class, "identity-service", Chromium.merge(issuer, Map.of(
                    "server.port", identityPort, "citycoop.identity.web.base-url", webUrl, "citycoop.demo-data.enabled", true)));
            started.add(identity);
            Map<String, Object> webSettings = new HashMap<>(issuer);
            webSettings.put("server.port", webPort);
            for (Map.Entry<Part, Map<String, Object>> entry : parts.entrySet()) {
                Part part = entry.getKey();
                Map<String, Object> settings = new HashMap<>(issuer);
                settings.put("server.port", ports.get(part));
                if (part.demoData) {
                    settings.put("citycoop.demo-data.enabled", true);
                }
                if (part == Part.REDEMPTION && ports.containsKey(Part.POINTS)) {
                    // member cards are checked with points-service's published keys
                    settings.put("citycoop.points.member-keys-uri", "http://127.0.0.1:" + ports.get(Part.POINTS) + "/api/member-keys");
                }
                settings.putAll(entry.getValue());
                RunningService service = RunningService.start(part.application, part.name, settings);
                started.add(service);
                services.put(part, service);
                webSettings.put(part.webSetting, "http://127.0.0.1:" + ports.get(part));
            }
            webSettings.putAll(webExtra);
            web = RunningService.start(WebApplication.class, "web", webSettings);
            started.add(web);
            playwright = Playwright.create();
            browser = Chromium.launch(playwright);
        } catch (RuntimeException | Error failed) {
            started.reversed().forEach(RunningService::close);
            throw failed;
        }
    }

    String webUrl() {
        return webUrl;
    }

    String identityUrl() {
        return identityUrl;
    }

    RunningService identity() {
        return identity;
    }

    RunningService web() {
        return web;
    }

    RunningService service(Part part) {
        RunningService service = services.get(part);
        if (service == null) {
            throw new IllegalStateException(part + " was not started for this test");
        }
        return service;
    }

    Playwright playwright() {
        return playwright;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
        Chromium.closeAll(browser, playwright, web);
        new ArrayList<>(services.values()).reversed().forEach(RunningService::close);
        if (identity != null) {
            identity.close();
        }
    }
}
