package org.citycoop.merchant.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citycoop.platform.demo.DemoFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** merchant-service's part of the demo summary: partner cities, merchants, stores, and the acceptances of the programs. */
@Component
class MerchantDemoFigures implements DemoFigures {

    private final JdbcClient jdbc;

    MerchantDemoFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cities", count("SELECT count(*) FROM city"));
        figures.put("merchants", count("SELECT count(*) FROM merchant"));
        figures.put("stores", count("SELECT count(*) FROM store"));
        figures.put("acceptances", count("SELECT count(*) FROM acceptance"));
        figures.put("acceptedPrograms", count("SELECT count(DISTINCT program_id) FROM acceptance"));
        return figures;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
