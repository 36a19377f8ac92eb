/** A merchant's stores, where vouchers are redeemed; each opening is published as {@code StoreOpened}. */
@NullMarked
package org.citycoop.merchant.stores;

import org.jspecify.annotations.NullMarked;
