package org.citycoop.merchant.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.merchant.city.Cities;
import org.citycoop.merchant.city.City;
import org.citycoop.platform.events.IntegrationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: registering a merchant. The merchant row and its {@code MerchantRegistered} event commit together. */
@Service
public class MerchantRegistration {

    private final Cities cities;
    private final JdbcClient jdbc;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    MerchantRegistration(Cities cities, JdbcClient jdbc, IntegrationEvents events) {
        this.cities = cities;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public MerchantRegistered register(RegisterMerchant command) {
        return register(command, UUID.randomUUID());
    }

    /** Registers with a given id: demo data, whose ids other services' demo data refer to. */
    @Transactional
    MerchantRegistered register(RegisterMerchant command, UUID id) {
        City city = cities.byCode(command.cityCode()).orElseThrow(() -> new UnknownCityException(command.cityCode()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO merchant (id, legal_name, trading_name, city_code, nace_code, status, registered_at)
                VALUES (:id, :legalName, :tradingName, :city, :nace, 'ACTIVE', :at)""")
                .param("id", id).param("legalName", command.legalName()).param("tradingName", command.tradingName())
                .param("city", city.code()).param("nace", command.naceCode()).param("at", java.sql.Timestamp.from(now))
                .update();
        MerchantRegistered registered = new MerchantRegistered(id, command.legalName(), command.tradingName(), city.code(),
                city.countryCode(), command.naceCode(), now);
        events.publish(registered);
        return registered;
    }
}
