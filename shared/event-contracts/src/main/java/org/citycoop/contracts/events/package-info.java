/** What every integration event has in common: its type name, version, topic and key. */
package org.citycoop.contracts.events;
