/** Events published by merchant-service on {@code citycoop.merchant.events}. */
package org.citycoop.contracts.merchant;
