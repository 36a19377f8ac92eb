package org.citycoop.web.console;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's paused tills ({@code /console/terminals}, template {@code console/terminals.html}): the
 * tills redemption-service throttles for trying unknown codes, since when, until when, how often.
 */
@Controller
class PausedTillsSection {

    record Throttled(String caller, @Nullable UUID merchantId, @Nullable UUID storeId, Instant since, Instant until, int times) {
    }

    static final String SECTION = "terminals";

    private final ConsoleFrame frame;
    private final Upstream redemption;

    PausedTillsSection(ConsoleFrame frame, UpstreamSettings upstreams) {
        this.frame = frame;
        this.redemption = frame.upstream(upstreams.redemptionUrl(), Duration.ofSeconds(10));
    }

    @GetMapping("/console/terminals")
    String terminals(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            Throttled[] throttled = ConsoleFrame.get(redemption, "/api/throttled-terminals", client, locale, Throttled[].class);
            DateTimeFormatter time = ConsoleFrame.moment(locale);
            model.addAttribute("rows", throttled == null ? List.of() : Arrays.stream(throttled).map(t -> new Row(t.caller(), List.of(t.caller(),
                    t.storeId() == null ? "" : t.storeId().toString(), time.format(t.since()), time.format(t.until()), String.valueOf(t.times())), null))
                    .toList());
        });
    }
}
