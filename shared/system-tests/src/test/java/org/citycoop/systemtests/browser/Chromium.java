package org.citycoop.systemtests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** The machine's headless Chromium under Playwright; a test that needs it fails loudly without it. */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CITYCOOP_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    /** A port nobody listens on now, for a service a browser test starts. */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code a} with {@code b}'s settings on top. */
    static java.util.Map<String, Object> merge(java.util.Map<String, Object> a, java.util.Map<String, Object> b) {
        java.util.Map<String, Object> merged = new java.util.HashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("No Chromium at " + EXECUTABLE
                    + ": install it (apt-get install chromium; ./citycoop test does) or set CITYCOOP_CHROMIUM.");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }
}
