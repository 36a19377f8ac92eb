package org.citycoop.identity.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: a resident signs up as a shopper, choosing their home city. */
public record RegisterShopper(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank String password,
        @NotBlank @Size(min = 1, max = 100) String displayName,
        @NotBlank @Pattern(regexp = "(at|si|hu)-[a-z0-9-]+") String homeCity,
        @Pattern(regexp = "de|sl|hu|en") String language) {
}
