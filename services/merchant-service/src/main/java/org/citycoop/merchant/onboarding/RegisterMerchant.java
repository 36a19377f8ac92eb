package org.citycoop.merchant.onboarding;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: register a merchant trading in a partner city. Bean validation covers presence and size;
 * {@link MerchantRegistration} checks what needs the country or the database (VAT id, IBAN, city,
 * sector, duplicates). An application names the store to open on approval ({@code store}, required there).
 */
public record RegisterMerchant(
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(max = 200) String tradingName,
        @NotBlank String cityCode,
        @NotBlank String naceCode,
        @NotBlank String vatId,
        @NotBlank String iban,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 10) String postalCode,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 500) String openingHours,
        @DecimalMin("45.0") @DecimalMax("49.0") BigDecimal latitude,
        @DecimalMin("13.0") @DecimalMax("23.0") BigDecimal longitude,
        @Valid StoreToOpen store) {

    /** Without a store: an operator's registration, whose owner opens stores later. */
    public RegisterMerchant(String legalName, String tradingName, String cityCode, String naceCode, String vatId, String iban, String street,
            String postalCode, String email, String phone, String openingHours, BigDecimal latitude, BigDecimal longitude) {
        this(legalName, tradingName, cityCode, naceCode, vatId, iban, street, postalCode, email, phone, openingHours, latitude, longitude, null);
    }
}
