/** Demo data: named sets each service loads once through its own application services, so events flow as in real use. */
@NullMarked
package org.citycoop.platform.demo;

import org.jspecify.annotations.NullMarked;
