/**
 * Every service is a JWT resource server: tokens from identity-service carry roles and scopes
 * (merchant, cities); a handler method states who may call it ({@link org.citycoop.platform.security.Roles},
 * {@link org.citycoop.platform.security.Anyone}, {@link org.citycoop.platform.security.SignedIn}); what is no handler
 * method is declared as {@link org.citycoop.platform.security.EndpointRules}. An endpoint without a rule stops the service
 * from starting.
 */
@NullMarked
package org.citycoop.platform.security;

import org.jspecify.annotations.NullMarked;
