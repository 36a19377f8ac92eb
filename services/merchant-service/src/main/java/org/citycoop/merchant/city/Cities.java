package org.citycoop.merchant.city;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner cities, as stored. */
@Repository
public class Cities {

    private static final String COLUMNS = """
            code, name, country_code, currency, language, time_zone, latitude, longitude, partner_organisation, assumption""";

    private final JdbcClient jdbc;

    Cities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<City> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city ORDER BY country_code, name").query(City.class).list();
    }

    public Optional<City> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city WHERE code = :code").param("code", code).query(City.class).optional();
    }
}
