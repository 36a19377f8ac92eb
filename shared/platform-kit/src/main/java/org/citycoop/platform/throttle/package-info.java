/**
 * Throttles keyed by caller (a terminal, an account, an address): Bucket4j token buckets held in a
 * Caffeine table that forgets a bucket once it would be full again and never grows past its maximum
 * (ADR 24). Plain Java, no Spring: services build them from their own settings.
 */
@NullMarked
package org.citycoop.platform.throttle;

import org.jspecify.annotations.NullMarked;
