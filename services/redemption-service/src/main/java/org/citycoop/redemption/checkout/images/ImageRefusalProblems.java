package org.citycoop.redemption.checkout.images;

import java.util.List;

import org.citycoop.platform.web.ProblemDetailsAdvice;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import lombok.RequiredArgsConstructor;

/** The web edge of reading a voucher's photo: every refusal is a 400 naming {@code image} (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ImageRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(ImageRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(ImageRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(ImageRefusal refusal) {
        return RequestRejected.invalid(List.of(switch (refusal) {
            case UNREADABLE -> new Violation("image", "checkout.image-unreadable");
            case TOO_LARGE -> new Violation("image", "checkout.image-too-large", QrImages.MAX_SIDE);
            case NO_QR -> new Violation("image", "checkout.no-qr");
        }));
    }
}
