/** The measures economists see (docs/services/analytics-service.md defines each): aggregates only, small cells suppressed. */
@NullMarked
package org.citycoop.analytics.measures;

import org.jspecify.annotations.NullMarked;
