package org.citycoop.web.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/** The console's start ({@code /console}): what the operators do there, and the sections. */
@Controller
@RequiredArgsConstructor
class OverviewPage {

    private final ConsoleFrame frame;

    @GetMapping("/console")
    String overview(@AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        return frame.page("overview", user, model, response, () -> {
        });
    }
}
