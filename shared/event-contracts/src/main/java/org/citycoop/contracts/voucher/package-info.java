/** Events published by voucher-service on {@code citycoop.voucher.events}. */
package org.citycoop.contracts.voucher;
