package org.citycoop.contracts.network;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 24 partner cities of the City Cooperation network, with what never changes about them: code,
 * country, currency and time zone. Names, coordinates and partner organisations are merchant-service's
 * reference data (operators edit them there); membership of the network is a contract change, so it
 * lives here, where every service reads it without a call.
 */
public enum PartnerCity {
    AT_BAD_RADKERSBURG("at-bad-radkersburg", "Bad Radkersburg"), AT_FEHRING("at-fehring", "Fehring"), AT_FELDBACH("at-feldbach", "Feldbach"), AT_FRIEDBERG("at-friedberg", "Friedberg"),
    AT_FUERSTENFELD("at-fuerstenfeld", "Fürstenfeld"), AT_GLEISDORF("at-gleisdorf", "Gleisdorf"), AT_HARTBERG("at-hartberg", "Hartberg"), AT_WEIZ("at-weiz", "Weiz"),
    SI_LENART("si-lenart", "Lenart"), SI_ORMOZ("si-ormoz", "Ormož"), SI_PTUJ("si-ptuj", "Ptuj"), SI_BELTINCI("si-beltinci", "Beltinci"), SI_LENDAVA("si-lendava", "Lendava"),
    SI_MURSKA_SOBOTA("si-murska-sobota", "Murska Sobota"), SI_GORNJA_RADGONA("si-gornja-radgona", "Gornja Radgona"), SI_LJUTOMER("si-ljutomer", "Ljutomer"), SI_RADENCI("si-radenci", "Radenci"),
    HU_SZENTGOTTHARD("hu-szentgotthard", "Szentgotthárd"), HU_KORMEND("hu-kormend", "Körmend"), HU_ORISZENTPETER("hu-oriszentpeter", "Őriszentpéter"), HU_ZALALOVO("hu-zalalovo", "Zalalövő"),
    HU_LENTI("hu-lenti", "Lenti"), HU_LETENYE("hu-letenye", "Letenye"), HU_NAGYKANIZSA("hu-nagykanizsa", "Nagykanizsa");

    private static final Map<String, PartnerCity> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PartnerCity::code, Function.identity()));

    private final String code;
    private final String officialName;

    PartnerCity(String code, String officialName) {
        this.code = code;
        this.officialName = officialName;
    }

    /** The town's name in its own language, as printed on vouchers ({@code Ormož}, {@code Körmend}). */
    public String officialName() {
        return officialName;
    }

    /** {@code at-feldbach}: the code used in every API, event and table. */
    public String code() {
        return code;
    }

    /** {@code AT}, {@code SI} or {@code HU}. */
    public String country() {
        return code.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
    }

    /** The city's currency: EUR in Austria and Slovenia, HUF in Hungary. */
    public String currency() {
        return "HU".equals(country()) ? "HUF" : "EUR";
    }

    /** The zone of the city's business days. */
    public ZoneId zone() {
        return switch (country()) {
            case "AT" -> ZoneId.of("Europe/Vienna");
            case "SI" -> ZoneId.of("Europe/Ljubljana");
            default -> ZoneId.of("Europe/Budapest");
        };
    }

    public static Optional<PartnerCity> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Every code, in the order above. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(PartnerCity::code).toList();
    }
}
