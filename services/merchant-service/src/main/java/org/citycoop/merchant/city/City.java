package org.citycoop.merchant.city;

import java.math.BigDecimal;

/**
 * A partner city of the cooperation.
 *
 * @param assumption true where the source documents do not name the city and it was chosen by us
 */
public record City(String code, String name, String countryCode, String currency, String language, String timeZone,
        BigDecimal latitude, BigDecimal longitude, String partnerOrganisation, boolean assumption) {
}
