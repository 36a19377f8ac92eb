package org.citycoop.web.wallet;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Audience;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vouchers changing hands: a shopper claims a paper voucher into the wallet by scanning or typing its
 * code ({@code /wallet/claim}), and gives one of theirs away ({@code /wallet/vouchers/{id}/gift}: asked
 * once more, then the voucher gets a new code, shown once with its QR to print or pass on; the old code
 * stops working). voucher-service does both with the shopper's own token and says why it refuses, in
 * the shopper's language.
 */
@Controller
class HandOverPages {

    private final Upstream vouchers;
    private final MessageSource messages;

    HandOverPages(UpstreamSettings upstreams, MessageSource messages) {
        this.vouchers = new Upstream(upstreams.voucherUrl(), Duration.ofSeconds(10), messages, "wallet.unavailable");
        this.messages = messages;
    }

    @GetMapping("/wallet/claim")
    String claimPage(@AuthenticationPrincipal OidcUser user, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Audience.SHOPPERS.refuses(user, model, response);
        return "claim";
    }

    @PostMapping("/wallet/claim")
    String claim(@RequestParam(required = false) @Nullable String code, Model model, Locale locale, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        try {
            WalletPages.Voucher claimed = vouchers.client().post().uri("/api/wallet/claims").headers(h -> {
                h.setBearerAuth(client.getAccessToken().getTokenValue());
                h.setAcceptLanguageAsLocales(List.of(locale));
            }).body(Map.of("code", code == null ? "" : code.strip())).retrieve().body(WalletPages.Voucher.class);
            flash.addFlashAttribute("notice", "claim.done");
            return "redirect:/wallet/vouchers/" + claimed.id();
        } catch (RestClientException failure) {
            model.addAttribute("code", code);
            model.addAttribute("problem", vouchers.failed(failure, locale, response, refused -> said(refused, locale)));
        }
        return "claim";
    }

    /** The question before giving a voucher away. */
    @GetMapping("/wallet/vouchers/{id}/gift")
    String giftQuestion(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("voucherId", id);
        Audience.SHOPPERS.refuses(user, model, response);
        return "gift";
    }

    @PostMapping("/wallet/vouchers/{id}/gift")
    String give(@PathVariable UUID id, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        model.addAttribute("voucherId", id);
        try {
            WalletPages.Voucher given = vouchers.client().post().uri("/api/vouchers/{id}/gift", id).headers(h -> {
                h.setBearerAuth(client.getAccessToken().getTokenValue());
                h.setAcceptLanguageAsLocales(List.of(locale));
            }).retrieve().body(WalletPages.Voucher.class);
            model.addAttribute("given", true);
            model.addAttribute("code", org.citycoop.contracts.voucher.VoucherCode.parse(given.code()).map(c -> c.grouped()).orElse(given.code()));
            model.addAttribute("qr", MemberCardPage.picture(given.uri()));
            model.addAttribute("qrText", given.uri());
            model.addAttribute("balance", org.citycoop.web.shell.Formats.money(given.balance(), given.currency(), locale));
        } catch (RestClientException failure) {
            model.addAttribute("problem", vouchers.failed(failure, locale, response, refused -> said(refused, locale)));
        }
        return "gift";
    }

    /** What voucher-service said, in the shopper's language. */
    private String said(RestClientResponseException refused, Locale locale) {
        return Upstream.said(refused, messages.getMessage(refused.getStatusCode().value() == 404 ? "wallet.not-found" : "wallet.unavailable", null, locale));
    }
}
