package org.citycoop.web.assets;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * How long browsers keep the assets. The pages link every style, script, icon and webjar by its
 * content-hashed URL ({@code /js/pwa-5f1c….js}: Spring's resource chain, content strategy, web.yml), so
 * the current hashed URL of an asset never changes its bytes: public, a year, immutable. Anything else
 * under the asset paths (the bare name, as the manifest's icons are named; a hash of an older build) is
 * revalidated on every use ({@code no-cache}, answered 304 while unchanged). Pages are not assets: they
 * hold personal data and keep Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class AssetCaching implements WebMvcConfigurer {

    static final String HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();
    static final String REVALIDATED = CacheControl.noCache().getHeaderValue();

    private static final ContentVersionStrategy CONTENT = new ContentVersionStrategy();

    private final ObjectProvider<ResourceUrlProvider> urls;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // set before the handler writes, so Spring Security's no-store (written only when nothing is set) stays off assets
                response.setHeader(HttpHeaders.CACHE_CONTROL, current(request.getServletPath()) ? HASHED : REVALIDATED);
                return true;
            }
        }).addPathPatterns("/css/**", "/js/**", "/icons/**", "/webjars/**", "/manifest.webmanifest");
    }

    /** Whether {@code path} is the current content-hashed URL of an asset (not a bare name, not an older build's hash). */
    boolean current(String path) {
        String version = CONTENT.extractVersion(path);
        if (version == null || version.isEmpty()) {
            return false;
        }
        return path.equals(urls.getObject().getForLookupPath(CONTENT.removeVersion(path, version)));
    }

    /** The web manifest's media type, which the servlet container does not know ({@code application/octet-stream} otherwise). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> assetMediaTypes() {
        return factory -> {
            MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
            mappings.add("webmanifest", "application/manifest+json");
            factory.setMimeMappings(mappings);
        };
    }
}
