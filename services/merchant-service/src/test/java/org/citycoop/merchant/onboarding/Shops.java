package org.citycoop.merchant.onboarding;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.citycoop.merchant.registry.VatId;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/** Realistic registrations for tests: every call a new VAT id with a correct check digit, and a valid IBAN. */
public final class Shops {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Shops() {
    }

    /** A shop in {@code cityCode} (its country is the code's prefix). */
    public static RegisterMerchant shop(String legalName, String tradingName, String cityCode, String naceCode) {
        String country = cityCode.substring(0, 2).toUpperCase();
        return new RegisterMerchant(legalName, tradingName, cityCode, naceCode, nextVatId(country),
                Iban.random(CountryCode.valueOf(country)).toString(), "Hauptplatz 1", "8330", null, null, null,
                new BigDecimal("46.95360"), new BigDecimal("15.88860"));
    }

    /** A VAT id not used before in this JVM (some digit sequences have no valid Slovenian check digit: skip them). */
    public static String nextVatId(String country) {
        while (true) {
            String digits = String.format("%07d", Math.floorMod(SEQUENCE.incrementAndGet() * 7919L, 9_000_000L) + 1_000_000L);
            try {
                return VatId.complete(country, digits).value();
            } catch (IllegalArgumentException noCheckDigit) {
                // next
            }
        }
    }

    public static RegisterMerchant feldbachBakery() {
        return shop("Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "10.71");
    }

    /** {@code shop} applying with the store it will open on approval. */
    public static RegisterMerchant applying(RegisterMerchant shop, StoreToOpen store) {
        return new RegisterMerchant(shop.legalName(), shop.tradingName(), shop.cityCode(), shop.naceCode(), shop.vatId(), shop.iban(), shop.street(),
                shop.postalCode(), shop.email(), shop.phone(), shop.openingHours(), shop.latitude(), shop.longitude(), store);
    }

    /** The Ptuj pharmacy applying, with its shop in the old town. */
    public static RegisterMerchant ptujPharmacyApplying() {
        return applying(ptujPharmacy(), new StoreToOpen("Lekarna Ptuj – Stari trg", "Prešernova ulica 5", "2250", "si-ptuj"));
    }

    public static RegisterMerchant ptujPharmacy() {
        return shop("Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "47.73");
    }
}
