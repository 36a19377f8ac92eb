package org.citycoop.merchant.city;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: an operator corrects a partner city's name, partner organisation, centre or assumption
 * flag. Country, currency, language and time zone stay: merchants, vouchers and reports depend on them.
 */
public record EditCity(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String partnerOrganisation,
        @NotNull @DecimalMin("45.0") @DecimalMax("49.0") BigDecimal latitude,
        @NotNull @DecimalMin("13.0") @DecimalMax("23.0") BigDecimal longitude,
        boolean assumption) {
}
