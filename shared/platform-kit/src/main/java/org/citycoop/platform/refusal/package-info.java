/**
 * A use case's refusal on its way to the web edge: the feature's own domain type ({@code StoreRefusal}, an enum or a
 * sealed interface of records) thrown as {@link org.citycoop.platform.refusal.Refused}, its fields at fault as
 * {@link org.citycoop.platform.refusal.Fault}s. No HTTP here: the feature's {@code RefusalProblems} picks the status.
 */
@NullMarked
package org.citycoop.platform.refusal;

import org.jspecify.annotations.NullMarked;
