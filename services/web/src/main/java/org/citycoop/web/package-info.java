/** web: the web front: a backend-for-frontend holding sessions, UI for shoppers, merchants, economists and operators. */
@NullMarked
package org.citycoop.web;

import org.jspecify.annotations.NullMarked;
