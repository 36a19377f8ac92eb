package org.citycoop.merchant.city;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The partner cities, as stored. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Cities {

    private static final String COLUMNS = """
            code, name, country_code, currency, language, time_zone, latitude, longitude, partner_organisation, assumption""";

    private final JdbcClient jdbc;

    public List<City> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city ORDER BY country_code, name").query(City.class).list();
    }

    /** Applies an operator's correction; false when there is no such city. */
    public boolean edit(String code, EditCity edit) {
        return jdbc.sql("""
                UPDATE city SET name = :name, partner_organisation = :partner, latitude = :lat, longitude = :lon, assumption = :assumption
                WHERE code = :code""")
                .param("name", edit.name().strip()).param("partner", edit.partnerOrganisation().strip()).param("lat", edit.latitude())
                .param("lon", edit.longitude()).param("assumption", edit.assumption()).param("code", code).update() == 1;
    }

    public Optional<City> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city WHERE code = :code").param("code", code).query(City.class).optional();
    }
}
