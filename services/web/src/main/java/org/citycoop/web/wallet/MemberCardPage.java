package org.citycoop.web.wallet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.UpstreamSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The rotating member QR a shopper shows at the till to earn points. The page asks this
 * backend-for-frontend for a code, which gets one from points-service with the shopper's own token
 * ({@code POST /api/member-tokens}: good for 60 s and one purchase) and draws it. The page renews the
 * code before it runs out while the phone is online; offline it says so, counts down what is left of
 * the code shown, hides it once it is no longer valid, and renews it as soon as the phone is back.
 */
@org.springframework.stereotype.Controller
class MemberCardPage {

    /** What the page gets: the QR's text, its picture, when it expires. */
    record Code(String qr, String image, Instant expiresAt) {
    }

    private record MemberToken(String token, String qr, Instant expiresAt) {
    }

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 4);

    private final RestClient points;
    private final MessageSource messages;
    private final Duration renewBefore;

    MemberCardPage(UpstreamSettings upstreams, MessageSource messages, MemberCardSettings memberCard) {
        org.springframework.http.client.JdkClientHttpRequestFactory requests = new org.springframework.http.client.JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.points = RestClient.builder().baseUrl(upstreams.pointsUrl()).requestFactory(requests).build();
        this.messages = messages;
        this.renewBefore = memberCard.renewBefore();
    }

    @GetMapping("/wallet/member-card")
    String page(@org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.core.oidc.user.OidcUser user,
            org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        if (org.citycoop.web.shell.Audience.MEMBERS.refuses(user, model, response)) {
            return "member-card";
        }
        model.addAttribute("renewBefore", renewBefore.toSeconds());
        return "member-card";
    }

    /** A fresh code from points-service, drawn; points-service's refusals (a person who is no shopper: 403) pass through. */
    @PostMapping(path = "/wallet/member-card/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<?> code(@RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client, Locale locale) {
        try {
            MemberToken token = points.post().uri("/api/member-tokens").headers(h -> h.setBearerAuth(client.getAccessToken().getTokenValue()))
                    .header("Accept-Language", locale.toLanguageTag()).retrieve().body(MemberToken.class);
            if (token == null) {
                throw new RestClientException("points-service answered without a body");
            }
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Code(token.qr(), picture(token.qr()), token.expiresAt()));
        } catch (RestClientResponseException refused) {
            HttpStatusCode status = refused.getStatusCode().is4xxClientError() ? refused.getStatusCode() : HttpStatus.BAD_GATEWAY;
            return problem(status, "urn:citycoop:problem:member-card-refused", text("member-card.refused", locale));
        } catch (RestClientException unreachable) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "urn:citycoop:problem:points-unavailable", text("member-card.unavailable", locale));
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create(type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The QR as a PNG data URI (the page's content security policy allows images from data:). */
    static String picture(String text) {
        try {
            // error correction L: a screen is clean, and fewer modules read better from a phone; 6 pixels a module
            com.google.zxing.common.BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
            BufferedImage image = MatrixToImageWriter.toBufferedImage(
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, modules.getWidth() * 6, modules.getHeight() * 6, HINTS));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
