/** The authorization server: OAuth2/OIDC endpoints, signing keys and their rotation, the claims in tokens. */
@NullMarked
package org.citycoop.identity.tokens;

import org.jspecify.annotations.NullMarked;
