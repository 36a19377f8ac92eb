/**
 * What the services' decision packages share (ADR 30): {@link org.citycoop.decision.Policies}, a use case's named rules asked
 * in order. Plain Java with no dependency, so the ArchUnit rule on {@code org.citycoop..decision..} holds for it too.
 */
package org.citycoop.decision;
