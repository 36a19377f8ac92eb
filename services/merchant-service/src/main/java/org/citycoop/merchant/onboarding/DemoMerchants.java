package org.citycoop.merchant.onboarding;

import java.util.List;

import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A handful of shops on both sides of the borders, registered like real ones so their events flow. */
@Component
@Order(10)
class DemoMerchants implements DemoDataSet {

    private static final List<RegisterMerchant> MERCHANTS = List.of(
            new RegisterMerchant("Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "10.71"),
            new RegisterMerchant("Buchhandlung Plautz KG", "Buchhandlung Plautz", "at-gleisdorf", "47.61"),
            new RegisterMerchant("Therme Radkersburg Shop GmbH", "Thermenshop Bad Radkersburg", "at-bad-radkersburg", "47.75"),
            new RegisterMerchant("Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "47.73"),
            new RegisterMerchant("Pekarna Lendava d.o.o.", "Pekarna Lendava", "si-lendava", "10.71"),
            new RegisterMerchant("Radenska vinoteka d.o.o.", "Vinoteka Radenci", "si-radenci", "47.25"),
            new RegisterMerchant("Rába Cukrászda Kft.", "Rába Cukrászda", "hu-szentgotthard", "56.10"),
            new RegisterMerchant("Lenti Termál Bolt Kft.", "Termál Bolt Lenti", "hu-lenti", "47.19"));

    private final MerchantRegistration registration;

    DemoMerchants(MerchantRegistration registration) {
        this.registration = registration;
    }

    @Override
    public String name() {
        return "merchant-service/demo-merchants";
    }

    @Override
    public String load() {
        MERCHANTS.forEach(merchant -> registration.register(merchant, DemoIds.merchant(merchant.tradingName())));
        return MERCHANTS.size() + " merchants registered";
    }
}
