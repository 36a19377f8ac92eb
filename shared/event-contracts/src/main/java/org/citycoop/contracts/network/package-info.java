/** The partner cities of the network as every service needs them: code, country, currency, time zone. */
package org.citycoop.contracts.network;
