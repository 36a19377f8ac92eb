/** Owners of approved merchants: an approved application makes its applicant the merchant's owner (ADR 0025). */
@NullMarked
package org.citycoop.identity.owners;

import org.jspecify.annotations.NullMarked;
