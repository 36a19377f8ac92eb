/** The shopper's points: balance, why each purchase earned what it did, rewards to convert points into. */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.points;
