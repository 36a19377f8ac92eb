package org.citycoop.web.shell;

import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services behind the pages are ({@code citycoop.web.*-url}; their local ports by default).
 * identity-service's address is the issuer ({@link org.citycoop.web.session.IssuerSettings}).
 *
 * @param pointsUrl     The address of points-service: loyalty account, rewards, member codes.
 * @param analyticsUrl  The address of analytics-service: the dashboards' measures.
 * @param voucherUrl    The address of voucher-service: vouchers, programs, sales and bulk orders.
 * @param redemptionUrl The address of redemption-service: checkout, statements, settlements, exchange rates, paused tills.
 * @param merchantUrl   The address of merchant-service: the directory, stores, merchant applications.
 */
@ConfigurationProperties("citycoop.web")
@Validated
public record UpstreamSettings(@NotBlank @URL String pointsUrl, @NotBlank @URL String analyticsUrl, @NotBlank @URL String voucherUrl,
        @NotBlank @URL String redemptionUrl, @NotBlank @URL String merchantUrl) {
}
