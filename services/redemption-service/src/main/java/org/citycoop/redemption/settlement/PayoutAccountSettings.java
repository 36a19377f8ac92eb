package org.citycoop.redemption.settlement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The cooperation's account the merchants are paid from: the debtor of the SEPA payout files
 * ({@link SepaPayouts}, which also refuses to start with an IBAN whose check digits are wrong).
 *
 * @param debtorName The account holder's name, as the payout files name the debtor (written in the SEPA character set, at most 70 characters).
 * @param debtorIban The payout account's IBAN (spaces allowed).
 * @param debtorBic The BIC of the payout account's bank (8 or 11 capital letters and digits), or empty: the files then say NOTPROVIDED.
 */
@Validated
@ConfigurationProperties("citycoop.payouts")
record PayoutAccountSettings(@NotBlank String debtorName, @NotBlank String debtorIban,
        @DefaultValue("") @Pattern(regexp = "\\s*([A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?)?\\s*",
                message = "must be a BIC (8 or 11 capital letters and digits) or empty") String debtorBic) {
}
