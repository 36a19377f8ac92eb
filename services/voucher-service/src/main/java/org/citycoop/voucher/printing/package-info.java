/** Printable A6 vouchers (PDF, Apache PDFBox): QR code, amount, program, expiry and where to spend, in the reader's language. */
@NullMarked
package org.citycoop.voucher.printing;

import org.jspecify.annotations.NullMarked;
