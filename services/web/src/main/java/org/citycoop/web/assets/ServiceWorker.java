package org.citycoop.web.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/**
 * {@code /sw.js}, the service worker (ADR 21), drawn with this build's assets: the hashed URLs it
 * keeps for offline use, and a version made of every asset's hash, which names its cache. A new build
 * whose assets changed is a new service worker (the browser compares its bytes; it is sent
 * {@code no-cache}, so the browser asks each time), which installs the new assets and, once active,
 * deletes the older builds' caches.
 */
@Controller
@RequiredArgsConstructor
class ServiceWorker {

    /** What the wallet needs offline besides its pages (which are kept as they are opened). */
    static final List<String> OFFLINE = List.of("/css/app.css", "/js/pwa.js", "/js/voucher.js", "/icons/icon-192.png");

    private final ResourceUrlProvider urls;
    private final JsonMapper json;
    private volatile String script;

    @GetMapping(path = "/sw.js", produces = "text/javascript")
    ResponseEntity<String> script() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .header("Service-Worker-Allowed", "/").body(drawn());
    }

    /** Drawn once: the assets are in the jar and do not change while it runs. */
    private String drawn() {
        String drawn = script;
        if (drawn == null) {
            List<String> offline = OFFLINE.stream().map(this::hashed).toList();
            drawn = read(new ClassPathResource("service-worker/sw.js")).replace("'__VERSION__'", json.writeValueAsString(version()))
                    .replace("'__OFFLINE__'", json.writeValueAsString(offline));
            script = drawn;
        }
        return drawn;
    }

    /** This build's version: of every static asset's hashed URL. */
    String version() {
        try {
            Resource[] assets = new PathMatchingResourcePatternResolver().getResources("classpath*:/static/**/*.*");
            return versionOf(Stream.of(assets).map(ServiceWorker::path).filter(Objects::nonNull).map(this::hashed).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 16 hex digits of a SHA-256 over the hashed URLs, in any order: changes whenever any asset does. */
    static String versionOf(Collection<String> hashedUrls) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashedUrls.stream().sorted().forEach(url -> digest.update((url + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hashed(String path) {
        String url = urls.getForLookupPath(path);
        if (url == null) {
            throw new IllegalStateException("no static asset " + path);
        }
        return url;
    }

    /** An asset's path as the pages name it ({@code /js/pwa.js}), from its class-path location. */
    private static @Nullable String path(Resource asset) {
        try {
            String location = asset.getURL().toString();
            int at = location.lastIndexOf("/static/");
            return at < 0 ? null : location.substring(at + "/static".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
