/**
 * The points decisions of accrual, in plain Java: how many points a purchase earns and why ({@link AccrualRules} with its
 * {@link AccrualPolicy} lines), and how many a refund takes back ({@link PointsReversing}). No Spring, no SQL, no clock.
 */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.accrual.decision;
