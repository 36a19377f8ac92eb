/**
 * Every service is a JWT resource server: tokens from identity-service carry roles and scopes
 * (merchant, cities); services declare {@link org.citycoop.platform.security.EndpointRules} and
 * nothing else. An endpoint without a rule stops the service from starting.
 */
@NullMarked
package org.citycoop.platform.security;

import org.jspecify.annotations.NullMarked;
