package org.citycoop.merchant.onboarding;

import java.util.Objects;

/** Command: register a merchant trading in a partner city. */
public record RegisterMerchant(String legalName, String tradingName, String cityCode, String naceCode) {

    public RegisterMerchant {
        requireText(legalName, "legalName");
        requireText(tradingName, "tradingName");
        requireText(cityCode, "cityCode");
        Objects.requireNonNull(naceCode, "naceCode");
        if (!naceCode.matches("[0-9]{2}(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("naceCode must be a NACE Rev. 2 code such as 47.24, was " + naceCode);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
