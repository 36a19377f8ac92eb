package org.citycoop.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code info.service.*}: what the service says about itself (also shown by {@code /actuator/info}).
 *
 * @param description the OpenAPI document's description; empty unless set
 */
@ConfigurationProperties("info.service")
public record ServiceInfo(@DefaultValue("") String description) {
}
