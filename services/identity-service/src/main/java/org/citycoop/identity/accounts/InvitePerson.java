package org.citycoop.identity.accounts;

import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Role;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: invite a person into a role, with its scope (merchant for staff, cities or region for economists). */
public record InvitePerson(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        UUID merchantId,
        List<@Pattern(regexp = "(at|si|hu)-[a-z0-9-]+") String> cityCodes,
        Boolean region,
        @Pattern(regexp = "de|sl|hu|en") String language) {
}
