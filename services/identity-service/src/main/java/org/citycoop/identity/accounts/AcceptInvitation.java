package org.citycoop.identity.accounts;

import jakarta.validation.constraints.NotBlank;

/** Command: the invited person chooses their password. */
public record AcceptInvitation(@NotBlank String password) {
}
