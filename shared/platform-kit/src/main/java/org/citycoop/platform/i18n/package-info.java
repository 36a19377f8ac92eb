/** Numbers, money and dates written the way each of the network's languages writes them (docs/glossary.md). */
@NullMarked
package org.citycoop.platform.i18n;

import org.jspecify.annotations.NullMarked;
