package org.citycoop.platform.demo;

/**
 * A named set of demo data a service loads through its own application services (so its events
 * are published as in real use). Loaded once per database, in one transaction with the record
 * that it was loaded; ordered by {@link org.springframework.core.annotation.Order}.
 */
public interface DemoDataSet {

    /** A stable name; renaming a set loads it again. */
    String name();

    /** Loads the set; runs inside a transaction. Returns a one-line summary for the log and the start command. */
    String load();
}
