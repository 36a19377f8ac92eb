package org.citycoop.platform.service;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a service that would run with a development secret committed to the repository
 * (code hash and seal keys, the member token keys' seal key, the web front's client secret, the
 * database password), unless the Spring profile {@value #LOCAL_PROFILE} is active, as it is for
 * {@code ./citycoop up} and the tests. The refusal is one line naming every setting to provide
 * (ADR 23). Runs before any bean exists, so nothing has touched the database or the broker yet.
 */
public final class DevelopmentSecrets implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** The profile of a developer's machine: the only place where committed secrets are accepted. */
    public static final String LOCAL_PROFILE = "local";

    /**
     * A secret a service reads from {@code property}, which a deployment sets as {@code setting}
     * (usually the same property, bound from {@code variable}), and the value committed for development.
     */
    public record Secret(String what, String property, String setting, String variable, String developmentValue) {

        static Secret of(String what, String property, String variable, String developmentValue) {
            return new Secret(what, property, property, variable, developmentValue);
        }

        String howToSet() {
            return variable + " (" + setting + ")";
        }
    }

    /** Every secret with a committed development value; a service only carries those it uses (its {@code <name>.yml}). */
    public static final List<Secret> COMMITTED = List.of(
            Secret.of("voucher code hash key", "citycoop.voucher-codes.hash-key", "CITYCOOP_VOUCHER_CODES_HASH_KEY",
                    "bG9jYWwtZGV2ZWxvcG1lbnQtaGFzaC1rZXktMzJieXQ="),
            Secret.of("voucher code seal key", "citycoop.voucher.code-seal-key", "CITYCOOP_VOUCHER_CODE_SEAL_KEY",
                    "bG9jYWwtZGV2ZWxvcG1lbnQtc2VhbC1rZXktMzJieXQ="),
            Secret.of("member token key seal key", "citycoop.points.key-seal-key", "CITYCOOP_POINTS_KEY_SEAL_KEY",
                    "bG9jYWwtZGV2ZWxvcG1lbnQtcG9pbnRzLWtleS0zMmI="),
            Secret.of("web client secret", "citycoop.identity.web.client-secret", "CITYCOOP_WEB_CLIENT_SECRET", "citycoop-web-local-secret"),
            Secret.of("web client secret", "citycoop.web.client-secret", "CITYCOOP_WEB_CLIENT_SECRET", "citycoop-web-local-secret"),
            new Secret("database password", "spring.datasource.password", "citycoop.postgres.password", "CITYCOOP_POSTGRES_PASSWORD", "citycoop"));

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getPropertySources().contains(ServiceEnvironment.PROPERTY_SOURCE)) {
            return; // not a citycoop service (a tool, a test's own application)
        }
        Optional<String> refusal = refusal(environment.getProperty("spring.application.name", "the service"),
                property -> valueOf(environment, property), environment.matchesProfiles(LOCAL_PROFILE));
        if (refusal.isPresent()) {
            throw new DevelopmentSecretsRefused(refusal.get());
        }
    }

    /**
     * The line a service refuses to start with, when it is not local and any of its settings
     * holds a committed development value; empty otherwise.
     */
    public static Optional<String> refusal(String service, UnaryOperator<@Nullable String> settings, boolean local) {
        if (local) {
            return Optional.empty();
        }
        List<Secret> found = COMMITTED.stream().filter(secret -> secret.developmentValue().equals(settings.apply(secret.property()))).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String what = and(found.stream().map(Secret::what).distinct().toList());
        String set = and(found.stream().map(Secret::howToSet).distinct().toList());
        return Optional.of("citycoop: " + service + " will not start with the development " + what + ": set " + set
                + " (development values are accepted only with the Spring profile " + LOCAL_PROFILE + ", as ./citycoop up uses)");
    }

    private static @Nullable String valueOf(ConfigurableEnvironment environment, String property) {
        try {
            return environment.getProperty(property);
        } catch (IllegalArgumentException unresolvable) {
            return null; // a placeholder without value: not a development secret (the service fails on it by itself)
        }
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + items.getLast();
    }

    /** Startup refused: the message is the one line to act on. */
    public static final class DevelopmentSecretsRefused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        DevelopmentSecretsRefused(String line) {
            super(line);
        }
    }
}
