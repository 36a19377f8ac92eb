/** What every citycoop service shares, written once: conventions, outbox, consumers, demo data, errors. */
@NullMarked
package org.citycoop.platform;

import org.jspecify.annotations.NullMarked;
