/** The read model: facts and dimensions built from every service's events, each event applied once. */
@NullMarked
package org.citycoop.analytics.readmodel;

import org.jspecify.annotations.NullMarked;
