package org.citycoop.analytics.measures.decision;

import org.citycoop.contracts.network.PartnerCity;

/** The countries flows are totalled by: AT, SI, HU, and "network" for the cooperation's own vouchers. */
public final class Countries {

    /** The issuer of the region's own vouchers, which has no country. */
    public static final String COOPERATION = "cooperation";

    private Countries() {
    }

    /** The country of a city code, "network" for the cooperation, "unknown" when not known. */
    public static String of(String city) {
        if (COOPERATION.equals(city)) {
            return "network";
        }
        return PartnerCity.byCode(city).map(PartnerCity::country).orElse("unknown");
    }
}
