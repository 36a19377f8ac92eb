package org.citycoop.merchant.onboarding;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: change a merchant's details. The owner may change how shoppers find the shop; the IBAN
 * (where payouts go) and the sector only an operator may change, so a stolen owner account cannot
 * redirect money.
 */
public record EditMerchant(
        @NotBlank @Size(max = 200) String tradingName,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 10) String postalCode,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 500) String openingHours,
        @DecimalMin("45.0") @DecimalMax("49.0") BigDecimal latitude,
        @DecimalMin("13.0") @DecimalMax("23.0") BigDecimal longitude,
        String naceCode,
        String iban) {
}
