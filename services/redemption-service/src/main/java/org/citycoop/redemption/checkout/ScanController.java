package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.redemption.checkout.decision.Decline;
import org.citycoop.redemption.checkout.images.QrImages;
import org.citycoop.redemption.checkout.throttling.TillThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** The terminal API's scans: a code sent as text, or read from a photo of its QR code; what it is worth here, or why it cannot be spent. */
@RestController
@RequiredArgsConstructor
class ScanController {

    record ScanCode(@Nullable String code, @Nullable UUID storeId) {
    }

    /**
     * What a scan found; {@code code} is the text read from an image (so that the till can redeem it), none for a code sent as text.
     * {@code validUntil} is the last day the voucher can be spent, in the cities' calendar (the day a cashier reads; the voucher
     * ends at {@code expiresAt}, exclusive).
     */
    record ScanView(boolean known, @Nullable UUID voucherId, @Nullable BigDecimal balance, @Nullable String currency, @Nullable Instant expiresAt,
            @Nullable LocalDate validUntil, boolean spendable, @Nullable Decline reason, @Nullable String message, @Nullable String code) {

        private static final ZoneId CITIES = ZoneId.of("Europe/Vienna");

        static @Nullable LocalDate lastDayBefore(@Nullable Instant end) {
            return end == null ? null : end.minusNanos(1).atZone(CITIES).toLocalDate();
        }
    }

    private final Checkout checkout;
    private final QrImages images;
    private final TillThrottle throttle;
    private final MessageSource messages;

    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @PostMapping("/api/checkout/scans")
    ScanView scan(@RequestBody ScanCode request) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        return scanned(request, caller, false);
    }

    /** Scans a photo or screenshot of a voucher's QR code (PNG or JPEG, the request body). */
    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @PostMapping(path = "/api/checkout/scans/image", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    ScanView scanImage(@RequestBody byte[] image, @RequestParam(required = false) @Nullable UUID storeId) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        return scanned(new ScanCode(images.read(image), storeId), caller, true);
    }

    private ScanView scanned(ScanCode request, Caller caller, boolean fromImage) {
        Checkout.Scan scan = checkout.scan(request.code(), request.storeId(), caller);
        if (!scan.known()) {
            throttle.unknownCode(caller);
        }
        return new ScanView(scan.known(), scan.voucherId(), scan.balance(), scan.currency(), scan.expiresAt(), ScanView.lastDayBefore(scan.expiresAt()),
                scan.spendable(), scan.reason(),
                scan.reason() == null ? null : messages.getMessage("decline." + scan.reason() + ".detail", null, LocaleContextHolder.getLocale()),
                fromImage ? request.code() : null);
    }
}
