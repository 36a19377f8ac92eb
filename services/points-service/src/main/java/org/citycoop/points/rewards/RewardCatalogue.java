package org.citycoop.points.rewards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/** The reward catalogue as stored (table {@code reward}; amounts in minor units, names as JSON). */
@Repository
@RequiredArgsConstructor
class RewardCatalogue {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** The active rewards, cheapest first. */
    List<Rewards.Reward> active() {
        return jdbc.sql("SELECT id, program_id, names::text AS names, amount, currency, points, active FROM reward WHERE active ORDER BY points, id")
                .query((rs, row) -> reward(rs)).list();
    }

    Optional<Rewards.Reward> byId(UUID id) {
        return jdbc.sql("SELECT id, program_id, names::text AS names, amount, currency, points, active FROM reward WHERE id = :id").param("id", id)
                .query((rs, row) -> reward(rs)).optional();
    }

    /** Adds the reward unless one with the id exists (then leaves it as it was). */
    void add(UUID id, UUID program, Map<String, String> names, BigDecimal amount, Currency currency, long points) {
        jdbc.sql("""
                INSERT INTO reward (id, program_id, names, amount, currency, points) VALUES (:id, :program, :names::jsonb, :amount, :currency, :points)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("program", program).param("names", json.writeValueAsString(names))
                .param("amount", Money.ofMajor(amount, currency).minor()).param("currency", currency.name()).param("points", points).update();
    }

    private Rewards.Reward reward(java.sql.ResultSet rs) throws java.sql.SQLException {
        Currency currency = Currency.valueOf(rs.getString("currency").strip());
        return new Rewards.Reward(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                json.readValue(rs.getString("names"), new TypeReference<Map<String, String>>() { }), Money.of(rs.getLong("amount"), currency).major(),
                currency.name(), rs.getLong("points"), rs.getBoolean("active"));
    }
}
