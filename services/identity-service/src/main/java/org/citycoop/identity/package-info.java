/** identity-service: accounts, roles, OAuth2 clients and terminal credentials (authorization server, issue 3). */
@NullMarked
package org.citycoop.identity;

import org.jspecify.annotations.NullMarked;
