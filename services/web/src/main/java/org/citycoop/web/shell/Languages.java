package org.citycoop.web.shell;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The web front's languages: German, Slovenian, Hungarian and English. The browser's language picks
 * one at first; {@code ?lang=sl} on any page switches and a cookie keeps the choice for a year. Other
 * languages fall back to English.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.forLanguageTag("sl"), Locale.forLanguageTag("hu"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("CITYCOOP_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            for (Locale wanted : java.util.Collections.list(request.getLocales())) {
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedOnly(change));
    }

    /** Switches only to one of the four languages ({@code ?lang=fr} changes nothing). */
    private record SupportedOnly(LocaleChangeInterceptor change) implements org.springframework.web.servlet.HandlerInterceptor {

        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler)
                throws Exception {
            String wanted = request.getParameter("lang");
            if (wanted != null && SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(wanted))) {
                return change.preHandle(request, response, handler);
            }
            return true;
        }
    }
}
