package org.citycoop.web.shell;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Whom a page is for. A signed-in person a page is not for still gets the page (its frame, and in their
 * language why not: the {@code refusal} message key) but with 403 Forbidden, so that monitoring, caches
 * and assistive technology see a refusal rather than a page that worked. Every role-bound page asks
 * here; this is the one place that answers 403 for a page's audience. (Visitors who are not signed in
 * never get here: they are sent to sign in.)
 */
public final class Audience {

    /** The wallet's pages: vouchers, points, member card, claiming and giving away. */
    public static final Audience SHOPPERS = anyOf("wallet.only-shoppers", "SHOPPER");
    /** The member card: shoppers only, told so in the card's own words. */
    public static final Audience MEMBERS = anyOf("member-card.refused", "SHOPPER");
    /** The till: cashiers and owners of an accepting shop. */
    public static final Audience SHOP_STAFF = anyOf("checkout.only-staff", "CASHIER", "MERCHANT_OWNER").withClaim("merchant_id");
    /** The shop's statements and payout file. */
    public static final Audience SHOP_OWNERS = anyOf("statements.only-owners", "MERCHANT_OWNER").withClaim("merchant_id");
    /** The dashboards. */
    public static final Audience ANALYSTS = anyOf("dashboards.not-allowed", "ECONOMIST", "OPERATOR");
    /** The console. */
    public static final Audience OPERATORS = anyOf("console.only-operators", "OPERATOR");

    private final String refusal;
    private final Predicate<@Nullable OidcUser> admits;

    private Audience(String refusal, Predicate<@Nullable OidcUser> admits) {
        this.refusal = refusal;
        this.admits = admits;
    }

    /** A page for people with any of {@code roles}; {@code refusal} is the message key saying whom it is for. */
    static Audience anyOf(String refusal, String... roles) {
        List<String> wanted = List.of(roles);
        return new Audience(refusal, user -> Shell.roles(user).stream().anyMatch(wanted::contains));
    }

    /** The same audience, only those of them whose ID token also carries {@code claim} (e.g. staff with their shop's {@code merchant_id}). */
    Audience withClaim(String claim) {
        return new Audience(refusal, admits.and(user -> user != null && user.getClaimAsString(claim) != null));
    }

    /** The same audience, told why not in other words (the page's own: "Only shoppers collect points."). */
    public Audience saying(String otherRefusal) {
        return new Audience(otherRefusal, admits);
    }

    /**
     * Whether the page is not for {@code user}: then the page's model holds the refusal and the answer
     * is 403; the page draws its frame and the refusal instead of its content.
     */
    public boolean refuses(@Nullable OidcUser user, Model model, HttpServletResponse response) {
        if (admits.test(user)) {
            return false;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("refusal", refusal);
        return true;
    }
}
