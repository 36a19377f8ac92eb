package org.citycoop.merchant.onboarding;

import java.math.BigDecimal;
import java.util.List;

import org.citycoop.merchant.registry.VatId;
import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** A handful of shops on both sides of the borders, registered like real ones so their events flow. */
@Component
@Order(10)
@RequiredArgsConstructor
class DemoMerchants implements DemoDataSet {

    private static final List<RegisterMerchant> MERCHANTS = List.of(
            shop("Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "10.71", "AT", "1358562", "Hauptplatz 3", "8330", "46.95290", "15.88790"),
            shop("Buchhandlung Plautz KG", "Buchhandlung Plautz", "at-gleisdorf", "47.61", "AT", "2468013", "Bürgergasse 12", "8200", "47.10400", "15.70810"),
            shop("Therme Radkersburg Shop GmbH", "Thermenshop Bad Radkersburg", "at-bad-radkersburg", "47.75", "AT", "3692581", "Alfred-Merlini-Allee 6",
                    "8490", "46.69110", "15.99390"),
            shop("Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "47.73", "SI", "5022305", "Mestni trg 1", "2250", "46.41990", "15.87010"),
            shop("Pekarna Lendava d.o.o.", "Pekarna Lendava", "si-lendava", "10.71", "SI", "6123457", "Glavna ulica 20", "9220", "46.56430", "16.45090"),
            shop("Radenska vinoteka d.o.o.", "Vinoteka Radenci", "si-radenci", "47.25", "SI", "7234568", "Zdraviliško naselje 12", "9252", "46.64220",
                    "16.04130"),
            shop("Rába Cukrászda Kft.", "Rába Cukrászda", "hu-szentgotthard", "56.10", "HU", "1289231", "Széll Kálmán tér 8", "9970", "46.95280",
                    "16.27340"),
            shop("Lenti Termál Bolt Kft.", "Termál Bolt Lenti", "hu-lenti", "47.19", "HU", "2345671", "Táncsics Mihály utca 4", "8960", "46.62460",
                    "16.53910"));

    private final MerchantRegistration registration;

    @Override
    public String name() {
        return "merchant-service/demo-merchants";
    }

    @Override
    public String load() {
        MERCHANTS.forEach(merchant -> registration.register(merchant, DemoIds.merchant(merchant.tradingName())));
        return MERCHANTS.size() + " merchants registered";
    }

    private static RegisterMerchant shop(String legal, String trading, String city, String nace, String country, String vatDigits, String street,
            String postal, String latitude, String longitude) {
        return new RegisterMerchant(legal, trading, city, nace, VatId.complete(country, vatDigits).value(),
                Iban.random(CountryCode.valueOf(country)).toString(), street, postal, "kontakt@" + trading.toLowerCase().replaceAll("[^a-z]", "") + ".example",
                null, "Mo–Fr 8–18, Sa 8–12", new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
