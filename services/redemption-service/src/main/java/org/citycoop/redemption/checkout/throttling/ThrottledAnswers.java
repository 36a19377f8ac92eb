package org.citycoop.redemption.checkout.throttling;

import java.net.URI;

import org.citycoop.platform.throttle.Throttled;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import lombok.RequiredArgsConstructor;

/**
 * A throttled till request (scans, redemptions, reversals, purchases, refunds) is a 429 with
 * {@code Retry-After}: nothing was read or debited. Ahead of the kit's problem details, which would
 * answer an unknown exception with 500.
 */
@RestControllerAdvice(basePackages = "org.citycoop.redemption.checkout")
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ThrottledAnswers {

    private final MessageSource messages;

    @ExceptionHandler(Throttled.class)
    ResponseEntity<ProblemDetail> throttled(Throttled throttled) {
        long seconds = throttled.retryAfterSeconds();
        String type = throttled.type();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem." + type + ".detail", new Object[] {seconds}, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:citycoop:problem:" + type));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
