/** The audit log of security-relevant actions: sign-ins, failed sign-ins, role changes, terminal credentials. */
@NullMarked
package org.citycoop.identity.audit;

import org.jspecify.annotations.NullMarked;
