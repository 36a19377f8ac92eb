package org.citycoop.redemption.checkout.rates;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The reference rates as checkout reads them: forints per euro, none until operators have set one. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExchangeRates {

    private final JdbcClient jdbc;

    /** Forints per euro, if a rate is set. */
    public Optional<BigDecimal> eurHuf() {
        return jdbc.sql("SELECT rate FROM exchange_rate WHERE pair = 'EUR/HUF'").query(BigDecimal.class).optional();
    }
}
