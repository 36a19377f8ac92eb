/** A voucher's life after issue: cancelled by operators, expired by the expiry job (once), given away and claimed with a new code. */
@NullMarked
package org.citycoop.voucher.lifecycle;

import org.jspecify.annotations.NullMarked;
