package org.citycoop.redemption.settlement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citycoop.platform.demo.DemoFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** redemption-service's part of the demo summary: the merchants replicated to it, and the settled past weeks once there are any. */
@Component
class RedemptionDemoFigures implements DemoFigures {

    @Override
    public Map<String, Object> figures(JdbcClient jdbc) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("merchantReplicas", jdbc.sql("SELECT count(*) FROM merchant_replica").query(Long.class).single());
        jdbc.sql("SELECT count(*) AS statements, min(period_from)::text AS period_from, max(period_to)::text AS period_to FROM settlement HAVING count(*) > 0")
                .query((row, n) -> Map.of("count", row.getLong("statements"), "from", row.getString("period_from"), "to", row.getString("period_to")))
                .optional().ifPresent(settled -> figures.put("settlements", settled));
        return figures;
    }
}
