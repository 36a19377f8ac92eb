package org.citycoop.identity.demo;

import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.platform.demo.DemoFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** identity-service's part of the demo summary: the demo sign-ins (accounts at citycoop.demo only), with their roles and scope. */
@Component
class IdentityDemoFigures implements DemoFigures {

    @Override
    public Map<String, Object> figures(JdbcClient jdbc) {
        List<Map<String, Object>> accounts = jdbc.sql("""
                SELECT email, roles, home_city, region, city_codes FROM account
                WHERE email LIKE '%@citycoop.demo' ORDER BY roles[1], email""").query((row, n) -> {
                    Map<String, Object> account = new LinkedHashMap<>();
                    account.put("email", row.getString("email"));
                    account.put("roles", strings(row.getArray("roles")));
                    String home = row.getString("home_city");
                    if (home != null) {
                        account.put("homeCity", home);
                    }
                    account.put("region", row.getBoolean("region"));
                    account.put("cityCodes", strings(row.getArray("city_codes")));
                    return account;
                }).list();
        return Map.of("accounts", accounts);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
