package org.citycoop.contracts.voucher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * An operator activated a voucher program: vouchers of it can now be sold and merchants in the
 * cities it covers may accept it. The terms in here do not change while the program runs.
 *
 * @param names          the program's name by language ({@code de}, {@code sl}, {@code hu}, {@code en})
 * @param issuer         a partner city code, or {@code cooperation} for the network as a whole
 * @param currency       {@code EUR} or {@code HUF}
 * @param coverage       {@code CITY}, {@code CITIES} or {@code REGION}
 * @param cityCodes      the covered cities; with {@code REGION} every partner city, listed
 * @param validityMonths how long a voucher of this program stays spendable after issue
 */
@EventType(context = Context.VOUCHER, name = "program-activated", version = 1)
public record ProgramActivated(UUID programId, Map<String, String> names, String issuer, String currency, String coverage,
        List<String> cityCodes, int validityMonths, Instant activatedAt) implements IntegrationEvent {

    public ProgramActivated {
        Objects.requireNonNull(programId, "programId");
        names = Map.copyOf(Objects.requireNonNull(names, "names"));
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(coverage, "coverage");
        cityCodes = List.copyOf(Objects.requireNonNull(cityCodes, "cityCodes"));
        Objects.requireNonNull(activatedAt, "activatedAt");
    }

    @Override
    public String aggregateId() {
        return programId.toString();
    }
}
