package org.citycoop.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The pages' assets over real HTTP: linked by content-hashed URLs, kept a year and immutable, gzipped
 * when the browser asks, the manifest with its own media type; the pages themselves not kept at all;
 * the service worker asked for every time, naming this build's hashed assets and a cache after them.
 */
@ServiceIntegrationTest
class StaticAssetsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String YEAR_IMMUTABLE = "max-age=31536000, public, immutable";

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider urls;

    @Test
    void thePagesLinkTheirAssetsByContentHashedUrlsKeptAYearAndImmutable() {
        String home = get("/", null).body();
        String css = linked(home, "/css/app-[0-9a-f]{32}\\.css");
        linked(home, "/js/pwa-[0-9a-f]{32}\\.js");
        linked(home, "/icons/icon-[0-9a-f]{32}\\.svg");
        assertThat(home).doesNotContain("\"/css/app.css\"").doesNotContain("\"/js/pwa.js\"");
        HttpResponse<byte[]> asset = bytes(css, null);
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).contains(YEAR_IMMUTABLE);
        assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));

        // the bare name (as the manifest names its icons) and a hash of another build are asked again each time
        assertThat(bytes("/css/app.css", null).headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(bytes("/css/app-0123456789abcdef0123456789abcdef.css", null).headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void theChartsWebjarIsHashedImmutableAndGzippedWhenTheBrowserAsks() throws IOException {
        String echarts = urls.getForLookupPath("/webjars/echarts/5.5.0/echarts.min.js");
        assertThat(echarts).matches("/webjars/echarts/5\\.5\\.0/echarts\\.min-[0-9a-f]{32}\\.js");
        HttpResponse<byte[]> plain = bytes(echarts, null);
        HttpResponse<byte[]> gzipped = bytes(echarts, "gzip, deflate, br");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().firstValue("Cache-Control")).contains(YEAR_IMMUTABLE);
        assertThat(gzipped.body().length).as("ECharts compressed").isLessThan(plain.body().length / 2);
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(unpacked.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void theManifestIsServedAsAWebManifestAndCheckedForChangesEachTime() {
        linked(get("/", null).body(), "/manifest\\.webmanifest");
        HttpResponse<byte[]> manifest = bytes("/manifest.webmanifest", null);
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
        assertThat(manifest.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void pagesAreNeitherKeptNorCompressed() {
        HttpResponse<byte[]> home = bytes("/", "gzip");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(home.headers().firstValue("Content-Encoding")).as("pages carry the CSRF token: not compressed (BREACH)").isEmpty();
    }

    @Test
    void theServiceWorkerIsAskedForEachTimeAndKeepsThisBuildsHashedAssetsUnderItsVersion() {
        HttpResponse<String> worker = get("/sw.js", null);
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        for (String asset : ServiceWorker.OFFLINE) {
            assertThat(worker.body()).contains("\"" + urls.getForLookupPath(asset) + "\"");
        }
        Matcher version = Pattern.compile("const VERSION = \"([0-9a-f]{16})\";").matcher(worker.body());
        assertThat(version.find()).as(worker.body()).isTrue();
        assertThat(worker.body()).contains("const ASSETS = 'citycoop-assets-' + VERSION;").doesNotContain("__VERSION__").doesNotContain("__OFFLINE__");
        assertThat(get("/sw.js", null).body()).as("the same build, the same worker").isEqualTo(worker.body());
    }

    private static String linked(String page, String regex) {
        Matcher link = Pattern.compile("\"(" + regex + ")\"").matcher(page);
        assertThat(link.find()).as(regex + " in " + page).isTrue();
        return link.group(1);
    }

    private HttpResponse<String> get(String path, String encoding) {
        return send(request(path, encoding), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path, String encoding) {
        return send(request(path, encoding), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, String encoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept-Language", "en");
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return request.build();
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
