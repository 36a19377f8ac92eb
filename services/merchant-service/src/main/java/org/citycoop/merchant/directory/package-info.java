/** The public directory: where can I spend this voucher? Active merchants by city, country, sector and name, nearest first. */
@NullMarked
package org.citycoop.merchant.directory;

import org.jspecify.annotations.NullMarked;
