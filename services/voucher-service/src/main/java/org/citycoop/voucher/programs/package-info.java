/** Voucher programs: operators draft, activate and close the terms vouchers are sold under ({@code ProgramActivated}, {@code ProgramClosed}). */
@NullMarked
package org.citycoop.voucher.programs;

import org.jspecify.annotations.NullMarked;
