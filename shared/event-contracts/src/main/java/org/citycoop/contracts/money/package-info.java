/** Money as the platform counts it: whole minor units of EUR or HUF, never floating point. */
package org.citycoop.contracts.money;
