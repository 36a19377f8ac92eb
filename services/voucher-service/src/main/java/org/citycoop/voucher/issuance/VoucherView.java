package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.jspecify.annotations.Nullable;

/**
 * A voucher as its holder (or the operator who sold it) sees it: with its code, amounts in major
 * units, and where its QR code, the shops accepting it and its history are. {@code balance} is what is
 * left to spend, as redemption-service last reported it. {@code validUntil} is the last day it can be
 * spent in the cities' calendar (Europe/Vienna), the date to show; {@code expiresAt} the instant it ends.
 */
public record VoucherView(UUID id, String code, String uri, UUID programId, String currency, BigDecimal faceValue, BigDecimal balance,
        BigDecimal price, BigDecimal subsidy, String status, boolean bearer, @Nullable UUID holderId, Instant issuedAt, Instant expiresAt,
        LocalDate validUntil, String qrPng, String qrSvg, String whereToSpend, String history) {

    public static VoucherView of(Voucher voucher, VoucherCode code) {
        String base = "/api/vouchers/" + voucher.id();
        return new VoucherView(voucher.id(), code.grouped(), code.uri(), voucher.programId(), voucher.faceValue().currency().name(),
                voucher.faceValue().major(), voucher.balance().major(), voucher.price().major(), voucher.subsidy().major(), voucher.status().name(),
                voucher.bearer(), voucher.holderId(), voucher.issuedAt(), voucher.expiresAt(), voucher.validUntil(), base + "/qr.png", base + "/qr.svg",
                base + "/where-to-spend", base + "/history");
    }
}
