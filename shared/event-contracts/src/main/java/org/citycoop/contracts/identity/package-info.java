/** Events published by identity-service on {@code citycoop.identity.events}. */
package org.citycoop.contracts.identity;
