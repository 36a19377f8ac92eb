/** The economists' dashboards: charts and tables of analytics-service's measures, with filters and downloads. */
@NullMarked
package org.citycoop.web.dashboards;

import org.jspecify.annotations.NullMarked;
