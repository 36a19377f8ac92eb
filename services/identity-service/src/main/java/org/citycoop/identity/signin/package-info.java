/** Signing people in: password check, lockout after repeated failures, audit of each attempt. */
@NullMarked
package org.citycoop.identity.signin;

import org.jspecify.annotations.NullMarked;
