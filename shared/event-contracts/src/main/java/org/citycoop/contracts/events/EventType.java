package org.citycoop.contracts.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an integration event: {@code org.citycoop.<context>.<name>.v<version>}. Additive changes
 * keep the version; a breaking change is a new record with {@code version + 1}, and both are
 * published while consumers migrate.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The bounded context that publishes the event; also selects the topic. */
    Context context();

    /** The event's name in kebab case and past tense, e.g. {@code merchant-registered}. */
    String name();

    /** The schema version, starting at 1. */
    int version();
}
