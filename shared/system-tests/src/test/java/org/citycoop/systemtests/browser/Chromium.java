package org.citycoop.systemtests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.RunningService;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** The machine's headless Chromium under Playwright; a test that needs it fails loudly without it. */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CITYCOOP_CHROMIUM", "/usr/bin/chromium"));

    /**
     * How long a step that reads a QR code from a photo may take: html5-qrcode decodes it in the page and, when it gives up on the picture,
     * the web front reads it with ZXing; on two busy cores that is seconds, more than Playwright's default 5 s for an assertion.
     */
    static final double PHOTO_READ_MILLIS = 30_000;

    private Chromium() {
    }

    /** Text the page shows once a photo is read: Playwright's hasText with {@link #PHOTO_READ_MILLIS}. */
    static com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions afterPhotoRead() {
        return new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(PHOTO_READ_MILLIS);
    }

    /** Where a test keeps a screenshot or a file it made: target/screenshots/{name}, the folder made if needed. */
    static Path screenshot(String name) {
        Path path = Path.of("target", "screenshots", name);
        try {
            Files.createDirectories(path.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return path;
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
        return launch(playwright, List.of());
    }

    /** With more command-line switches (a fake camera, for instance). */
    static Browser launch(Playwright playwright, List<String> more) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("No Chromium at " + EXECUTABLE
                    + ": install it (apt-get install chromium; ./citycoop test does) or set CITYCOOP_CHROMIUM.");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(java.util.stream.Stream.concat(java.util.stream.Stream.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"), more.stream()).toList()));
    }

    /**
     * Opens {@code path} of the web front, signs in at identity-service as the demo account {@code user}
     * and checks the browser is back on that page (the page may add its own parameters to the address).
     */
    static void signIn(Page page, String webUrl, String user, String path) {
        page.navigate(webUrl + path);
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(DemoIds.PASSWORD);
        page.locator("button[type=submit]").click();
        // a JavaScript pattern: escaped by hand (Java's \Q…\E does not exist there)
        PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile((webUrl + path).replaceAll("[.?*+^$()|{}\\[\\]\\\\/]", "\\\\$0")
                + "([?&].*)?"));
    }

    /**
     * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): the picture in the
     * middle of a grey 640 × 480 frame, as YUV4MPEG2 (4:2:0, grey: only the luma plane carries it).
     */
    static Path cameraVideo(byte[] png, Path file) {
        try {
            java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            int width = 640;
            int height = 480;
            byte[] luma = new byte[width * height];
            java.util.Arrays.fill(luma, (byte) 200);
            int size = Math.min(400, Math.min(picture.getWidth(), picture.getHeight()));
            int left = (width - size) / 2;
            int top = (height - size) / 2;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int rgb = picture.getRGB(x * picture.getWidth() / size, y * picture.getHeight() / size);
                    int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    luma[(top + y) * width + left + x] = (byte) grey;
                }
            }
            byte[] chroma = new byte[width / 2 * height / 2];
            java.util.Arrays.fill(chroma, (byte) 128);
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                for (int frame = 0; frame < 10; frame++) {
                    out.write("FRAME\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma);
                    out.write(chroma);
                }
            }
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of the QR code in a screenshot; an assertion error when there is none. */
    static String decodeQr(byte[] png) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true, com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
                            List.of(com.google.zxing.BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code in the screenshot", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The page as it is now meets the WCAG 2.2 A and AA rules axe-core checks (labels, names, contrast,
     * structure, language); an assertion error listing each violation and where it is otherwise.
     * Map tiles are left out (pictures from elsewhere, with their own attribution).
     */
    static void assertAccessible(Page page, String screen) {
        com.deque.html.axecore.results.AxeResults results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).exclude(List.of(".leaflet-tile-pane")).analyze();
        List<String> violations = results.getViolations().stream().flatMap(rule -> rule.getNodes().stream()
                .map(node -> rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " – " + node.getFailureSummary())).toList();
        org.assertj.core.api.Assertions.assertThat(violations).as("accessibility of " + screen + " (axe-core " + results.getTestEngine().getVersion() + ")")
                .isEmpty();
    }

    /** Closes the browser, Playwright and the services a test started (any of them may be missing after a failed start). */
    static void closeAll(Browser browser, Playwright playwright, RunningService... services) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        for (RunningService service : services) {
            if (service != null) {
                service.close();
            }
        }
    }
}
