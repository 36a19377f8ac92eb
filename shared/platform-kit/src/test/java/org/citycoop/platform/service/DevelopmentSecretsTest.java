package org.citycoop.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

class DevelopmentSecretsTest {

    private static final String DEV_HASH_KEY = "bG9jYWwtZGV2ZWxvcG1lbnQtaGFzaC1rZXktMzJieXQ=";
    private static final String DEV_SEAL_KEY = "bG9jYWwtZGV2ZWxvcG1lbnQtc2VhbC1rZXktMzJieXQ=";

    @Test
    void aServiceOutsideTheLocalProfileWithTheDevelopmentHashKeyIsRefusedWithOneLineNamingTheSetting() {
        var settings = Map.of("citycoop.voucher-codes.hash-key", DEV_HASH_KEY, "spring.datasource.password", "a-real-one");
        assertThat(DevelopmentSecrets.refusal("voucher-service", settings::get, false)).contains(
                "citycoop: voucher-service will not start with the development voucher code hash key: "
                        + "set CITYCOOP_VOUCHER_CODES_HASH_KEY (citycoop.voucher-codes.hash-key) "
                        + "(development values are accepted only with the Spring profile local, as ./citycoop up uses)");
    }

    @Test
    void everyDevelopmentSecretOfTheServiceIsNamedInTheSameLine() {
        var settings = Map.of("citycoop.voucher-codes.hash-key", DEV_HASH_KEY, "citycoop.voucher.code-seal-key", DEV_SEAL_KEY,
                "spring.datasource.password", "citycoop");
        String line = DevelopmentSecrets.refusal("voucher-service", settings::get, false).orElseThrow();
        assertThat(line).doesNotContain("\n")
                .contains("the development voucher code hash key, voucher code seal key and database password: set ")
                .contains("CITYCOOP_VOUCHER_CODES_HASH_KEY (citycoop.voucher-codes.hash-key), CITYCOOP_VOUCHER_CODE_SEAL_KEY "
                        + "(citycoop.voucher.code-seal-key) and CITYCOOP_POSTGRES_PASSWORD (citycoop.postgres.password)");
    }

    @Test
    void theWebClientSecretIsNamedOnceThoughTwoServicesReadIt() {
        var identity = Map.of("citycoop.identity.web.client-secret", "citycoop-web-local-secret");
        assertThat(DevelopmentSecrets.refusal("identity-service", identity::get, false).orElseThrow())
                .contains("development web client secret: set CITYCOOP_WEB_CLIENT_SECRET (citycoop.identity.web.client-secret)");
        var web = Map.of("citycoop.web.client-secret", "citycoop-web-local-secret");
        assertThat(DevelopmentSecrets.refusal("web", web::get, false).orElseThrow())
                .contains("set CITYCOOP_WEB_CLIENT_SECRET (citycoop.web.client-secret)");
    }

    @Test
    void theLocalProfileAcceptsTheDevelopmentSecrets() {
        var settings = Map.of("citycoop.voucher-codes.hash-key", DEV_HASH_KEY, "spring.datasource.password", "citycoop");
        assertThat(DevelopmentSecrets.refusal("voucher-service", settings::get, true)).isEmpty();
    }

    @Test
    void realSecretsStartOutsideTheLocalProfile() {
        var settings = Map.of("citycoop.voucher-codes.hash-key", "q1o0sWl3a2iS0z8rVb3Xw9mC5YJx1v6dTq0r2Yf3n4E=",
                "citycoop.voucher.code-seal-key", "Zm9yLXJlYWwtdXNlLW9ubHktbm90LWEtZGV2LWtleSE=", "spring.datasource.password", "s3cret-of-prod");
        assertThat(DevelopmentSecrets.refusal("voucher-service", settings::get, false)).isEmpty();
    }

    @Test
    void aServiceThatUsesNoneOfTheSecretsStarts() {
        assertThat(DevelopmentSecrets.refusal("merchant-service", property -> null, false)).isEmpty();
    }

    /** A citycoop service (no web server, no database: the guard runs before any bean is made). */
    @CitycoopService(name = "vault-service", port = 0)
    static class VaultService {
    }

    @Test
    void aCitycoopApplicationWithADevelopmentSecretAndNoLocalProfileDoesNotStart() {
        SpringApplication application = new SpringApplication(VaultService.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run("--citycoop.voucher.code-seal-key=" + DEV_SEAL_KEY, "--spring.datasource.password=p"))
                .isInstanceOf(DevelopmentSecrets.DevelopmentSecretsRefused.class)
                .hasMessageStartingWith("citycoop: vault-service will not start with the development voucher code seal key: "
                        + "set CITYCOOP_VOUCHER_CODE_SEAL_KEY (citycoop.voucher.code-seal-key)");
    }

    @Test
    void theSameApplicationStartsWithTheLocalProfile() {
        SpringApplication application = new SpringApplication(VaultService.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--citycoop.voucher.code-seal-key=" + DEV_SEAL_KEY,
                "--spring.profiles.active=local")) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
