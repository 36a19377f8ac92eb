package org.citycoop.merchant.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The store an application names: opened when an operator approves the application. */
public record StoreToOpen(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 10) String postalCode, @NotBlank String cityCode) {
}
