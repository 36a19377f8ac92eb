/** The frame every page shares: languages, navigation by role, the start page. */
@NullMarked
package org.citycoop.web.shell;

import org.jspecify.annotations.NullMarked;
