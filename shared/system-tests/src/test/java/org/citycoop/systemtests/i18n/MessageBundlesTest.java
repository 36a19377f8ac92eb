package org.citycoop.systemtests.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text a user can see exists in English, German, Slovenian and Hungarian: each message bundle
 * of each service (and of the platform kit) has the same keys in all four files, none of them empty.
 */
class MessageBundlesTest {

    private static final List<String> SERVICES = List.of("identity-service", "merchant-service", "voucher-service", "redemption-service",
            "points-service", "analytics-service", "web");

    static Stream<String> bundles() {
        List<String> bundles = new ArrayList<>(List.of("citycoop-platform-messages"));
        for (String service : SERVICES) {
            if (resource("i18n/" + service + "/messages.properties") != null) {
                bundles.add("i18n/" + service + "/messages");
            }
        }
        return bundles.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyExistsInAllFourLanguages(String bundle) {
        Properties english = load(bundle + ".properties");
        assertThat(english).as(bundle).isNotEmpty();
        for (String language : List.of("de", "sl", "hu")) {
            Properties translated = load(bundle + "_" + language + ".properties");
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as(bundle + " in " + language)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            assertThat(translated.stringPropertyNames()).as(bundle + "_" + language + ": keys with an empty text")
                    .filteredOn(key -> translated.getProperty(key).isBlank()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void placeholdersAreTheSameInEveryLanguage(String bundle) {
        Properties english = load(bundle + ".properties");
        for (String language : List.of("de", "sl", "hu")) {
            Properties translated = load(bundle + "_" + language + ".properties");
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key, ""))).as(bundle + "_" + language + ": " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    /** Messages go through MessageFormat (spring.messages.always-use-message-format): a lone apostrophe would hide the rest. */
    @ParameterizedTest
    @MethodSource("bundles")
    void apostrophesAreDoubled(String bundle) {
        for (String suffix : List.of("", "_de", "_sl", "_hu")) {
            Properties texts = load(bundle + suffix + ".properties");
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as(bundle + suffix + ": " + key).doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    /**
     * No page shows a key instead of a text: every key a template of the web front names ({@code #{key}};
     * the console's section fragments in {@code templates/console/} too), every key its scripts are given (the pages' SCRIPT_TEXTS), and every member of the families of keys
     * the pages choose at run time (roles, reasons for points, voucher states, the console's sections and
     * program states) is in the web bundle.
     */
    @Test
    void everyKeyThePagesUseExists() throws Exception {
        Properties web = load("i18n/web/messages.properties");
        TreeSet<String> used = new TreeSet<>();
        var templates = new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("the web front's templates").hasSizeGreaterThan(10);
        for (var template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            var keys = java.util.regex.Pattern.compile("#\\{([a-z][\\w.-]*)").matcher(html);
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        for (String[] page : new String[][] {{"org.citycoop.web.dashboards.DashboardsPage", "dashboards.js."},
                {"org.citycoop.web.checkout.CheckoutPages", "checkout.js."}}) {
            var field = Class.forName(page[0]).getDeclaredField("SCRIPT_TEXTS");
            field.setAccessible(true);
            ((List<?>) field.get(null)).forEach(key -> used.add(page[1] + key));
        }
        for (String role : List.of("SHOPPER", "CASHIER", "MERCHANT_OWNER", "ECONOMIST", "OPERATOR", "TERMINAL")) {
            used.add("role." + role);
        }
        for (String reason : List.of("BASE", "SECTOR", "MERCHANT", "CAMPAIGN", "CROSS_BORDER", "CROSS_CITY", "DAILY_CAP")) {
            used.add("points.reason." + reason);
        }
        List.of("active", "expired", "cancelled").forEach(status -> used.add("wallet.status." + status));
        List.of("redeemed", "reversed").forEach(kind -> used.add("wallet.history." + kind));
        var sections = Class.forName("org.citycoop.web.console.ConsoleFrame").getDeclaredField("SECTIONS");
        sections.setAccessible(true);
        ((List<?>) sections.get(null)).forEach(section -> used.add("console." + section));
        used.add("console.overview");
        List.of("DRAFT", "ACTIVE", "CLOSED").forEach(status -> used.add("console.status." + status));
        assertThat(used).as("keys the pages use").hasSizeGreaterThan(100);
        assertThat(used).as("keys missing from i18n/web/messages.properties").filteredOn(key -> !web.containsKey(key)).isEmpty();
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static URL resource(String name) {
        return MessageBundlesTest.class.getClassLoader().getResource(name);
    }

    private static Properties load(String name) {
        try {
            List<URL> found = Collections.list(MessageBundlesTest.class.getClassLoader().getResources(name));
            assertThat(found).as(name + " on the classpath").hasSize(1);
            Properties properties = new Properties();
            try (InputStream in = found.getFirst().openStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
