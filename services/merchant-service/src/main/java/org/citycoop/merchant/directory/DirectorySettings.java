package org.citycoop.merchant.directory;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the directory searches ({@code citycoop.directory.*}).
 *
 * @param fewAcceptors A program with at most this many acceptors is searched starting from its acceptors
 *                     (sorted by name); one with more by walking merchants by name and checking each; 0 or more.
 */
@ConfigurationProperties("citycoop.directory")
@Validated
public record DirectorySettings(@DefaultValue("5000") @PositiveOrZero int fewAcceptors) {
}
