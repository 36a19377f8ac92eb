package org.citycoop.web.console;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citycoop.web.session.IssuerSettings;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Upstream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's audit log ({@code /console/audit}, template {@code console/audit.html}): identity-service's
 * audit entries, newest first, {@value #PAGE} a page; "older" leads to the page before the last one shown.
 */
@Controller
class AuditLogSection {

    record Audit(long id, Instant at, String action, String actor, String subject, @Nullable String detail) {
    }

    static final String SECTION = "audit";
    static final int PAGE = 50;

    private final ConsoleFrame frame;
    private final Upstream identity;

    AuditLogSection(ConsoleFrame frame, IssuerSettings issuer) {
        this.frame = frame;
        this.identity = frame.upstream(issuer.issuer(), Duration.ofSeconds(10));
    }

    @GetMapping("/console/audit")
    String audit(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) @Nullable Instant before, Model model, Locale locale,
            HttpServletResponse response, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            Audit[] entries = ConsoleFrame.get(identity, "/api/audit?size=" + PAGE + (before == null ? "" : "&before=" + before), client, locale,
                    Audit[].class);
            DateTimeFormatter time = ConsoleFrame.moment(locale);
            List<Audit> list = entries == null ? List.of() : Arrays.asList(entries);
            model.addAttribute("rows", list.stream().map(a -> new Row(String.valueOf(a.id()), List.of(time.format(a.at()), a.action(), a.actor(), a.subject(),
                    a.detail() == null ? "" : a.detail()), null)).toList());
            model.addAttribute("older", older(list));
        });
    }

    /** Where the older entries start ({@code before=}): after a full page, the moment of its last (oldest) entry; after a shorter one, nothing. */
    static @Nullable String older(List<Audit> page) {
        return page.size() == PAGE ? page.getLast().at().toString() : null;
    }
}
