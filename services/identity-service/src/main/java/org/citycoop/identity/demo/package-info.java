/** Demo accounts for every role and a demo terminal, loaded by ./citycoop up. */
@NullMarked
package org.citycoop.identity.demo;

import org.jspecify.annotations.NullMarked;
