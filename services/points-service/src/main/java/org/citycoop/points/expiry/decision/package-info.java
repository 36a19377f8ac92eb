/** The expiry decision in plain Java: the cut-off and how many points are due ({@link Expiring}). */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.expiry.decision;
