/** The conversion decision in plain Java: whether points become a reward voucher ({@link Converting}, its {@link ConversionPolicy}s and {@link ConversionRefusal}s). */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.rewards.decision;
