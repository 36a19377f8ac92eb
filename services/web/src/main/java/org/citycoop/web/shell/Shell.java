package org.citycoop.web.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's frame shows: who is signed in, the journeys their roles open (shoppers: wallet;
 * merchants' staff: checkout; economists and operators: dashboards; operators: console), the current
 * language and links to the others (the same page in that language).
 */
@ControllerAdvice(basePackages = "org.citycoop.web")
public class Shell {

    /** A link of the navigation: message key of its text, where it goes, whether it is the current page. */
    public record Link(String text, String href, boolean current) {
    }

    /** A language to switch to: its code, its own name, the same page in it, whether it is the current one. */
    public record Language(String code, String name, String href, boolean current) {
    }

    @ModelAttribute("signedIn")
    boolean signedIn(@AuthenticationPrincipal OidcUser user) {
        return user != null;
    }

    @ModelAttribute("userName")
    @org.jspecify.annotations.Nullable
    String userName(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return null;
        }
        String name = user.getClaimAsString("name");
        return name == null ? user.getSubject() : name;
    }

    @ModelAttribute("navigation")
    List<Link> navigation(@AuthenticationPrincipal OidcUser user, jakarta.servlet.http.HttpServletRequest request) {
        List<String> roles = roles(user);
        String path = request.getRequestURI();
        List<Link> links = new ArrayList<>();
        links.add(new Link("nav.home", "/", "/".equals(path)));
        if (roles.contains("SHOPPER")) {
            links.add(new Link("nav.wallet", "/wallet", path.equals("/wallet") || path.startsWith("/wallet/vouchers")));
            links.add(new Link("nav.points", "/wallet/points", path.startsWith("/wallet/points")));
            links.add(new Link("nav.member-card", "/wallet/member-card", path.startsWith("/wallet/member-card")));
        }
        links.add(new Link("nav.shops", "/shops", path.startsWith("/shops")));
        if (roles.contains("CASHIER") || roles.contains("MERCHANT_OWNER")) {
            links.add(new Link("nav.checkout", "/checkout", path.startsWith("/checkout")));
        }
        if (roles.contains("ECONOMIST") || roles.contains("OPERATOR")) {
            links.add(new Link("nav.dashboards", "/dashboards", path.startsWith("/dashboards")));
        }
        if (roles.contains("OPERATOR")) {
            links.add(new Link("nav.console", "/console", path.startsWith("/console")));
        }
        if (user != null) {
            links.add(new Link("nav.account", "/account", path.startsWith("/account")));
        }
        return links;
    }

    @ModelAttribute("languages")
    List<Language> languages(Locale locale) {
        return Languages.SUPPORTED.stream().map(language -> new Language(language.getLanguage(),
                language.getDisplayLanguage(language).substring(0, 1).toUpperCase(language) + language.getDisplayLanguage(language).substring(1),
                ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", language.getLanguage()).build().toUriString(),
                language.getLanguage().equals(locale.getLanguage()))).toList();
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }

    /** The roles in the signed-in person's ID token (none when nobody is signed in). */
    public static List<String> roles(OidcUser user) {
        List<String> roles = user == null ? null : user.getClaimAsStringList("roles");
        return roles == null ? List.of() : roles;
    }
}
