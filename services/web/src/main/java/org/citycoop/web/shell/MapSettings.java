package org.citycoop.web.shell;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The maps' background (shop finder, spending by city; {@code citycoop.web.map-tiles}).
 *
 * @param mapTiles The tile URL template Leaflet loads, an http(s) address with {z}, {x} and {y};
 *                 its origin is allowed in the pages' content security policy.
 */
@ConfigurationProperties("citycoop.web")
@Validated
public record MapSettings(@NotBlank @Pattern(regexp = "https?://[^/\\s]+/(?=.*\\{z})(?=.*\\{x})(?=.*\\{y})\\S*",
        message = "must be an http(s) tile URL with {z}, {x} and {y}") String mapTiles) {
}
