/** Events published by points-service on {@code citycoop.points.events}. */
package org.citycoop.contracts.points;
