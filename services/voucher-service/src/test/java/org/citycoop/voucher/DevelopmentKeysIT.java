package org.citycoop.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.testsupport.RealInfrastructure;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.SeparateJvm;
import org.junit.jupiter.api.Test;

/**
 * voucher-service as a deployment would start it, without the profile local: with the committed
 * development keys it refuses to start and says in one line which settings to provide (ADR 23);
 * with keys of its own it starts.
 */
class DevelopmentKeysIT {

    @Test
    void withoutTheLocalProfileTheServiceRefusesTheDevelopmentKeysInOneLineNamingTheSettings() throws Exception {
        Map<String, Object> settings = new HashMap<>(RealInfrastructure.serviceProperties("voucher-service"));
        settings.remove("spring.profiles.active");
        settings.put("server.port", 0);
        List<String> arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
        Path log = Files.createDirectories(Path.of("target", "development-keys")).resolve("voucher-service.log");
        Files.deleteIfExists(log);

        try (SeparateJvm service = SeparateJvm.start("voucher-service", VoucherServiceApplication.class.getName(),
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), arguments, log)) {
            assertThat(service.awaitExit(Duration.ofMinutes(2))).as("exit code, see " + log).isNotZero();
        }
        assertThat(Files.readAllLines(log)).as(log.toString()).contains(
                "citycoop: voucher-service will not start with the development voucher code hash key and voucher code seal key: "
                        + "set CITYCOOP_VOUCHER_CODES_HASH_KEY (citycoop.voucher-codes.hash-key) and "
                        + "CITYCOOP_VOUCHER_CODE_SEAL_KEY (citycoop.voucher.code-seal-key) "
                        + "(development values are accepted only with the Spring profile local, as ./citycoop up uses)");
        assertThat(Files.readString(log)).as("nothing was started").doesNotContain("HikariPool-1 - Start completed").doesNotContain("Tomcat started");
    }

    @Test
    void withKeysOfItsOwnTheServiceStartsWithoutTheLocalProfile() {
        try (RunningService service = RunningService.start(VoucherServiceApplication.class, "voucher-service", Map.of(
                "spring.profiles.active", "production",
                "citycoop.voucher-codes.hash-key", "q1o0sWl3a2iS0z8rVb3Xw9mC5YJx1v6dTq0r2Yf3n4E=",
                "citycoop.voucher.code-seal-key", "Zm9yLXJlYWwtdXNlLW9ubHktbm90LWEtZGV2LWtleSE=",
                "citycoop.voucher.expiry.enabled", false))) {
            assertThat(service.context().getEnvironment().getActiveProfiles()).containsExactly("production");
            assertThat(service.port()).isPositive();
        }
    }
}
