/** Bulk orders of employers: a CSV list of employees, yearly tax-free caps per country enforced per employee, one PDF per order. */
@NullMarked
package org.citycoop.voucher.bulk;

import org.jspecify.annotations.NullMarked;
