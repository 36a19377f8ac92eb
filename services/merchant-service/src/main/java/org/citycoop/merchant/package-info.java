/** merchant-service: partner cities, merchants, stores, terminals and accepted programs. */
@NullMarked
package org.citycoop.merchant;

import org.jspecify.annotations.NullMarked;
