package org.citycoop.merchant.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citycoop.platform.demo.DemoFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** merchant-service's part of the demo summary: partner cities, merchants, stores, and the acceptances of the programs. */
@Component
class MerchantDemoFigures implements DemoFigures {

    @Override
    public Map<String, Object> figures(JdbcClient jdbc) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cities", count(jdbc, "SELECT count(*) FROM city"));
        figures.put("merchants", count(jdbc, "SELECT count(*) FROM merchant"));
        figures.put("stores", count(jdbc, "SELECT count(*) FROM store"));
        figures.put("acceptances", count(jdbc, "SELECT count(*) FROM acceptance"));
        figures.put("acceptedPrograms", count(jdbc, "SELECT count(DISTINCT program_id) FROM acceptance"));
        return figures;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
