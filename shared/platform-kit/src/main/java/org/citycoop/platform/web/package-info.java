/** HTTP conventions: RFC 9457 problem details for every error, never a stack trace. */
@NullMarked
package org.citycoop.platform.web;

import org.jspecify.annotations.NullMarked;
