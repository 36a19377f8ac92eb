package org.citycoop.web.session;


import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /account}: who is signed in, with what roles, and a sign-out button (a CSRF-protected form). */
@RestController
class AccountPage {

    @GetMapping(path = "/account", produces = MediaType.TEXT_HTML_VALUE)
    String account(@AuthenticationPrincipal OidcUser user, CsrfToken csrf) {
        List<String> roles = user.getClaimAsStringList("roles");
        String name = user.getClaimAsString("name");
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>citycoop – your account</title></head>
                <body>
                <h1>citycoop</h1>
                <p id="signed-in">Signed in as <strong id="name">%s</strong></p>
                <p>Roles: <span id="roles">%s</span></p>
                <form method="post" action="/logout">
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit" id="sign-out">Sign out</button>
                </form>
                </body></html>""".formatted(html(name == null ? user.getSubject() : name),
                html(roles == null ? "" : String.join(", ", roles)), html(csrf.getParameterName()), html(csrf.getToken()));
    }

    /** Escapes markup characters only; letters such as š, ő and ö stay as they are (the page is UTF-8). */
    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
