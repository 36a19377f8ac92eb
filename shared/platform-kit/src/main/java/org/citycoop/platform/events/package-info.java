/**
 * Publishing integration events through the transactional outbox: Spring Modulith's event
 * publication registry records each event in the business transaction; after commit our
 * CloudEvents transport sends it to Kafka and the registry marks it complete.
 */
@NullMarked
package org.citycoop.platform.events;

import org.jspecify.annotations.NullMarked;
