/** analytics-service: read models and rollups behind the economists' dashboards. */
@NullMarked
package org.citycoop.analytics;

import org.jspecify.annotations.NullMarked;
