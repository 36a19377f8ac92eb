package org.citycoop.redemption.checkout.images;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.stereotype.Component;

/** The web edge of reading a voucher's photo: every refusal is a 400 naming {@code image} (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class ImageRefusalProblems implements RefusalProblems<ImageRefusal> {

    @Override
    public RequestRejected problem(ImageRefusal refusal) {
        return RequestRejected.invalid(List.of(switch (refusal) {
            case UNREADABLE -> new Violation("image", "checkout.image-unreadable");
            case TOO_LARGE -> new Violation("image", "checkout.image-too-large", QrImages.MAX_SIDE);
            case NO_QR -> new Violation("image", "checkout.no-qr");
        }));
    }
}
