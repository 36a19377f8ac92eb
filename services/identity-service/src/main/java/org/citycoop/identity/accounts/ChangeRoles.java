package org.citycoop.identity.accounts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycoop.platform.security.Role;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** Command: give an account these roles and this scope. */
public record ChangeRoles(@NotEmpty Set<Role> roles, UUID merchantId, List<@Pattern(regexp = "(at|si|hu)-[a-z0-9-]+") String> cityCodes,
        Boolean region) {
}
