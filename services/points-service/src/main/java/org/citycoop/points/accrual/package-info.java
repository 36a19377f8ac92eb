/** Accrual rules: how many points a purchase earns and why (versioned rule sets, campaigns, bonuses, caps). */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.accrual;
