/**
 * The pages' static assets: content-hashed URLs cached for a year, compressed, with their right media
 * types, and the service worker that keeps them for offline use under a name that changes with them.
 */
@NullMarked
package org.citycoop.web.assets;

import org.jspecify.annotations.NullMarked;
