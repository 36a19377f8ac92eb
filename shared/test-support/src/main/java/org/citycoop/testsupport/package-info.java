/** Real PostgreSQL and Kafka for integration tests, chosen once here for every module. */
@NullMarked
package org.citycoop.testsupport;

import org.jspecify.annotations.NullMarked;
