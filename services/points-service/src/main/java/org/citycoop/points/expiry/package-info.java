/** Expiry of points older than the configured period, oldest first, exactly once. */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.expiry;
