/**
 * Consuming integration events effectively once: a {@code processed_event} row in the same
 * transaction as the effect, retry with backoff for transient failures, and the dead-letter topic
 * {@code <topic>.dlt}, with the reason in its headers, for what can never be processed.
 */
@NullMarked
package org.citycoop.platform.messaging;

import org.jspecify.annotations.NullMarked;
