/** Service identity and the defaults derived from it (port, database, topics, config file name). */
@NullMarked
package org.citycoop.platform.service;

import org.jspecify.annotations.NullMarked;
