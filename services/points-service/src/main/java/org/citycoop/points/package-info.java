/** points-service: loyalty accounts, the points ledger, accrual rules and campaigns, rewards. */
@NullMarked
package org.citycoop.points;

import org.jspecify.annotations.NullMarked;
