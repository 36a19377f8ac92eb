/** Signing people in through identity-service (OIDC authorization code + PKCE) and out again; the session holds their tokens. */
@NullMarked
package org.citycoop.web.session;

import org.jspecify.annotations.NullMarked;
