package org.citycoop.web.session;

import java.util.List;

import org.citycoop.web.shell.Shell;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /account}: who is signed in, with what roles (in the page's language), and a sign-out button (a CSRF-protected form). */
@Controller
class AccountPage {

    @GetMapping("/account")
    String account(@AuthenticationPrincipal OidcUser user, Model model) {
        List<String> roles = Shell.roles(user);
        String name = user.getClaimAsString("name");
        model.addAttribute("name", name == null ? user.getSubject() : name);
        model.addAttribute("roles", roles.stream().map(role -> "role." + role).toList());
        return "account";
    }
}
