package org.citycoop.identity.signin;


import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;

/**
 * The sign-in form, in the person's language (Accept-Language, or {@code ?lang=de|sl|hu|en}): labelled
 * fields, a CSRF token, and after a failure a message that says what happened (wrong e-mail or
 * password, or locked for a while) without telling which e-mail addresses exist.
 */
@RestController
@RequiredArgsConstructor
class SignInPage {

    private final MessageSource messages;

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String form(HttpServletRequest request, CsrfToken csrf, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, @RequestParam(required = false) String lang) {
        Locale locale = lang != null && lang.matches("de|sl|hu|en") ? Locale.forLanguageTag(lang)
                : org.citycoop.platform.security.SecurityProblems.languageOf(request);
        String notice = "";
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = failure instanceof LockedException ? "signin.locked" : "signin.failed";
            notice = "<p class=\"error\" role=\"alert\" id=\"sign-in-error\">" + html(text(key, locale)) + "</p>";
        } else if (logout != null) {
            notice = "<p class=\"info\" role=\"status\">" + html(text("signin.signed-out", locale)) + "</p>";
        }
        return """
                <!doctype html>
                <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s – citycoop</title>
                <style>
                  body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
                  h1 { color: #0b5d3b; font-size: 1.6rem; }
                  label { display: block; margin-top: 1rem; font-weight: 600; }
                  input { width: 100%%; padding: .6rem; font-size: 1rem; box-sizing: border-box; border: 1px solid #555; border-radius: 4px; }
                  button { margin-top: 1.4rem; width: 100%%; padding: .7rem; font-size: 1rem; background: #0b5d3b; color: #fff; border: 0; border-radius: 4px; }
                  .error { color: #8b0000; font-weight: 600; } .info { color: #0b5d3b; }
                  nav a { margin-right: .6rem; color: #0b5d3b; }
                </style></head>
                <body>
                <nav aria-label="language"><a href="?lang=de" lang="de">Deutsch</a><a href="?lang=sl" lang="sl">Slovenščina</a><a href="?lang=hu" lang="hu">Magyar</a><a href="?lang=en" lang="en">English</a></nav>
                <h1>%2$s</h1>
                %3$s
                <form method="post" action="/login">
                  <label for="username">%4$s</label>
                  <input id="username" name="username" type="email" autocomplete="username" required autofocus>
                  <label for="password">%5$s</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="%6$s" value="%7$s">
                  <button type="submit">%8$s</button>
                </form>
                <p>%9$s</p>
                </body></html>""".formatted(locale.getLanguage(), html(text("signin.title", locale)), notice,
                html(text("signin.email", locale)), html(text("signin.password", locale)), html(csrf.getParameterName()),
                html(csrf.getToken()), html(text("signin.submit", locale)), html(text("signin.password-rules", locale)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, new Object[] {org.citycoop.identity.accounts.PasswordPolicy.MIN_LENGTH}, locale);
    }

    /** Escapes markup characters only; letters such as š, ő and ö stay as they are (the page is UTF-8). */
    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
