package org.citycoop.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.citycoop.platform.demo.DemoIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A person signs in to the web front through identity-service and out again, in a real headless
 * Chromium: redirect to the sign-in form, back with an authorization code, the account page with
 * their roles, sign-out that ends both sessions.
 */
class SignInSignOutBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.plan().with(BrowserPlatform.Part.VOUCHERS).extension();


    @Test
    void aShopperSignsInThroughIdentityServiceAndOutAgain() {
        try (BrowserContext context = platform.browser().newContext(); Page page = context.newPage()) {
            page.navigate(platform.webUrl() + "/account");
            assertThat(page).hasURL(at(platform.identityUrl() + "/login", ".*"));

            page.locator("input[name=username]").fill("shopper.ptuj@citycoop.demo");
            page.locator("input[name=password]").fill(DemoIds.PASSWORD);
            page.locator("button[type=submit]").click();

            assertThat(page).hasURL(platform.webUrl() + "/account");
            assertThat(page.locator("#name")).hasText("Petra Kupka");
            assertThat(page.locator("#roles")).hasText("Shopper");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "signed-in.png")));

            page.locator("#sign-out").click();
            assertThat(page).hasURL(platform.webUrl() + "/");

            // signed out at identity-service too: the account page asks for the password again
            page.navigate(platform.webUrl() + "/account");
            assertThat(page).hasURL(at(platform.identityUrl() + "/login", ".*"));
            assertThat(page.locator("input[name=password]")).isVisible();
        }
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheSignInFormWithAnError() {
        try (BrowserContext context = platform.browser().newContext(); Page page = context.newPage()) {
            page.navigate(platform.webUrl() + "/account");
            page.locator("input[name=username]").fill("cashier.fasching@citycoop.demo");
            page.locator("input[name=password]").fill("not-the-password");
            page.locator("button[type=submit]").click();

            assertThat(page).hasURL(at(platform.identityUrl() + "/login?error", ".*"));
            assertThat(page.locator("#sign-in-error")).hasText("Wrong e-mail address or password.");
            assertThat(page.url()).doesNotContain(platform.webUrl());
        }
    }

    /** A URL pattern for Playwright (JavaScript regex, so no \\Q…\\E quoting): {@code url} then {@code rest}. */
    private static Pattern at(String url, String rest) {
        return Pattern.compile("^" + url.replaceAll("[.?/]", "\\\\$0") + rest + "$");
    }

    @Test
    void aNewShopperSignsUpAndFindsAnEmptyWallet() {
        String email = "neu." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.at";
        try (BrowserContext context = platform.browser().newContext(new Browser.NewContextOptions().setLocale("de-AT").setViewportSize(390, 844));
                Page page = context.newPage()) {
            page.navigate(platform.webUrl() + "/");
            page.locator("#sign-up-link").click();
            assertThat(page.locator("h1")).hasText("Konto anlegen");
            page.locator("#displayName").fill("Anna Neu");
            page.locator("#email").fill(email);
            page.locator("#password").fill("kurz");
            page.locator("#homeCity").selectOption("at-gleisdorf");
            page.locator("#create").click();
            // refused by identity-service, named in German after the field's label; what was typed stays (but the password)
            assertThat(page.locator("#problem")).containsText("Passwort:");
            assertThat(page.locator("#email")).hasValue(email);
            assertThat(page.locator("#homeCity")).hasValue("at-gleisdorf");
            Chromium.assertAccessible(page, "a refused sign-up");
            page.locator("#password").fill("Kürbiskernöl aus der Steiermark");
            page.locator("#create").click();
            assertThat(page.locator("#welcome")).hasText("Ihr Konto ist bereit. Melden Sie sich mit E-Mail-Adresse und Passwort an.");
            page.locator("#to-wallet").click();
            page.locator("input[name=username]").fill(email);
            page.locator("input[name=password]").fill("Kürbiskernöl aus der Steiermark");
            page.locator("button[type=submit]").click();
            assertThat(page).hasURL(platform.webUrl() + "/wallet");
            assertThat(page.locator("#empty")).isVisible();
            // the same address again: refused
            page.navigate(platform.webUrl() + "/sign-up");
            page.locator("#displayName").fill("Anna Zwei");
            page.locator("#email").fill(email);
            page.locator("#password").fill("noch ein ganz anderes Passwort");
            page.locator("#create").click();
            assertThat(page.locator("#problem")).isVisible();
            assertThat(page.locator("#welcome")).hasCount(0);
        }
    }
}
