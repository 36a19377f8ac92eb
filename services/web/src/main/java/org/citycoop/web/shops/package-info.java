/** Where vouchers can be spent: the shops of the network by city, sector and voucher, on a list and a map. */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.shops;
