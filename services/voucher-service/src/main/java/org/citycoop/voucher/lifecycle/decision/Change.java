package org.citycoop.voucher.lifecycle.decision;

import org.jspecify.annotations.Nullable;

/**
 * Someone asking to change a voucher.
 *
 * @param voucher the voucher with the id or code they gave, none if there is none
 * @param caller who asks (the account's subject)
 */
public record Change(@Nullable Held voucher, String caller) {
}
