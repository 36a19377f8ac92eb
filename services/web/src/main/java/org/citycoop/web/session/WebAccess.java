package org.citycoop.web.session;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.citycoop.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web front's pages are for signed-in browser sessions (see {@link WebSecurityConfiguration}). */
@Configuration(proxyBeanMethods = false)
class WebAccess {

    @Bean
    EndpointRules webPageRules() {
        return EndpointRules.builder().permitAll(GET, "/", "/shops", "/sign-up", "/sign-up/done", "/sw.js").publicForm(POST, "/sign-up").browserSession(GET, "/account").browserSession(GET, "/wallet", "/wallet/vouchers/{id}", "/wallet/member-card")
                .browserSession(POST, "/wallet/member-card/token")
                .browserSession(GET, "/wallet/points", "/wallet/claim", "/wallet/vouchers/{id}/gift")
                .browserSession(POST, "/wallet/points/conversions", "/wallet/claim", "/wallet/vouchers/{id}/gift")
                // analytics-service decides what each person may see; the pages only pass their token on
                .browserSession(GET, "/dashboards", "/dashboards/data/{measure}", "/dashboards/export/{measure}")
                // redemption-service decides what staff may do at the till; the pages pass their token on
                .browserSession(GET, "/checkout", "/checkout/api/takings", "/checkout/statements", "/checkout/statements.csv", "/checkout/payouts.csv")
                .browserSession(POST, "/checkout/api/scans", "/checkout/api/photos", "/checkout/api/redemptions",
                        "/checkout/api/redemptions/{id}/reversals", "/checkout/api/purchases")
                // applying for a merchant: merchant-service takes the application from the person's own token
                .browserSession(GET, "/merchants/apply").browserSession(POST, "/merchants/apply", "/merchants/apply/shop")
                // the operators' console: the services decide what an operator may do
                .browserSession(GET, "/console", "/console/programs", "/console/merchants", "/console/sales", "/console/bulk-orders", "/console/rates",
                        "/console/terminals", "/console/audit", "/console/sales/{id}/vouchers.pdf", "/console/bulk-orders/{id}/vouchers.pdf",
                        "/console/settlements", "/console/settlements/payouts.xml", "/console/settlements/payouts.csv")
                .browserSession(POST, "/console/programs", "/console/programs/{id}/activation", "/console/programs/{id}/closure",
                        "/console/merchants/{id}/approval", "/console/sales", "/console/bulk-orders", "/console/rates")
                .build();
    }
}
