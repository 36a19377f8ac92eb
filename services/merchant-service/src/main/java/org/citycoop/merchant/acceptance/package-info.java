/** Which voucher programs a merchant accepts: a replica of voucher-service's programs and merchants' opt-ins ({@code ProgramAccepted}, {@code ProgramWithdrawn}). */
@NullMarked
package org.citycoop.merchant.acceptance;

import org.jspecify.annotations.NullMarked;
