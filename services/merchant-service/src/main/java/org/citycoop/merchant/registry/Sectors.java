package org.citycoop.merchant.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The NACE Rev. 2 sectors merchants can be registered in, with their names in four languages. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Sectors {

    /** A sector and its names. */
    public record Sector(String code, String nameEn, String nameDe, String nameSl, String nameHu) {

        /** The name in {@code language} (de, sl, hu), English otherwise. */
        public String nameIn(String language) {
            return switch (language) {
                case "de" -> nameDe;
                case "sl" -> nameSl;
                case "hu" -> nameHu;
                default -> nameEn;
            };
        }
    }

    private final JdbcClient jdbc;

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM sector WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    public List<Sector> all() {
        return jdbc.sql("SELECT code, name_en, name_de, name_sl, name_hu FROM sector ORDER BY code").query(Sector.class).list();
    }
}
