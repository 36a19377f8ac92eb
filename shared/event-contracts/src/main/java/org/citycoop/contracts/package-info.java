/** The published language of citycoop: event types, their schemas, topics and keys. */
package org.citycoop.contracts;
