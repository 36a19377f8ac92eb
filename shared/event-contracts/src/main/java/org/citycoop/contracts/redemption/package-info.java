/** Events published by redemption-service on {@code citycoop.redemption.events}. */
package org.citycoop.contracts.redemption;
