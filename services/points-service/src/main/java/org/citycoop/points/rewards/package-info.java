/** Rewards: the catalogue of vouchers for points, and shoppers' conversions (exactly once). */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.rewards;
