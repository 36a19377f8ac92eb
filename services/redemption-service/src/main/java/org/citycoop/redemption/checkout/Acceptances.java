package org.citycoop.redemption.checkout;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** Which programs a merchant accepts (from merchant-service's {@code ProgramAccepted} / {@code ProgramWithdrawn}). */
@Repository
@RequiredArgsConstructor
class Acceptances {

    private final JdbcClient jdbc;

    Set<UUID> programsAcceptedBy(UUID merchantId) {
        return Set.copyOf(jdbc.sql("SELECT program_id FROM acceptance WHERE merchant_id = :m").param("m", merchantId).query(UUID.class).list());
    }
}
