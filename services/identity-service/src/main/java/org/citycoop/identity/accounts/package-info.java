/** Accounts of people, their roles and scopes, passwords, lockout, self-registration of shoppers. */
@NullMarked
package org.citycoop.identity.accounts;

import org.jspecify.annotations.NullMarked;
