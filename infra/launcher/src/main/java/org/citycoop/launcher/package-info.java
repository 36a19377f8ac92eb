/**
 * The launcher behind {@code ./citycoop}: commands, the state folder's lock, processes started and
 * stopped by pid, PostgreSQL through psql variables, the demo summary from the services' /actuator/info.
 * Plain JDK only: the shim compiles it with javac before anything else is built.
 */
package org.citycoop.launcher;
