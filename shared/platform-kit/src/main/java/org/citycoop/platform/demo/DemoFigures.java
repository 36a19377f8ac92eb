package org.citycoop.platform.demo;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's own account of its demo data (how many cities, merchants, vouchers, …), shown as the
 * {@code demo} entry of its /actuator/info while demo data is on. {@code ./citycoop up} prints its
 * summary from these, so the launcher knows no service's tables (ADR 32).
 */
@FunctionalInterface
public interface DemoFigures {

    /** Names to counts (or small lists), as JSON-friendly values, read from the service's own database. */
    Map<String, Object> figures(JdbcClient jdbc);
}
