package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path ROOT = Path.of("/srv/citycoop");
    private static final Path JAVA = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @Test
    void withoutSettingsEverythingIsLocal() {
        Settings settings = Settings.from(ROOT, Map.of(), JAVA, true);

        assertThat(settings.state()).isEqualTo(ROOT.resolve(".citycoop"));
        assertThat(settings.localPostgres()).isTrue();
        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.servicePassword()).isEqualTo("citycoop");
        assertThat(settings.startTimeoutSeconds()).isEqualTo(180);
        assertThat(settings.chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
    }

    @Test
    void theEnvironmentMovesTheStateAndPointsAtExternalServers() {
        Settings settings = Settings.from(ROOT, Map.of("CITYCOOP_HOME", "/var/lib/citycoop", "CITYCOOP_POSTGRES_URL",
                "postgresql://admin:x@db:5432/postgres", "CITYCOOP_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092", "CITYCOOP_PG_CLUSTER", "16 demo",
                "CITYCOOP_POSTGRES_PASSWORD", "long-secret", "CITYCOOP_START_TIMEOUT", "300", "CITYCOOP_KAFKA_REPLICATION", "3"), JAVA, false);

        assertThat(settings.logs()).isEqualTo(Path.of("/var/lib/citycoop/logs"));
        assertThat(settings.localPostgres()).isFalse();
        assertThat(settings.kafkaBootstrap()).isEqualTo("k1:9092,k2:9092");
        assertThat(settings.pgCluster()).contains("16 demo");
        assertThat(settings.servicePassword()).isEqualTo("long-secret");
        assertThat(settings.startTimeoutSeconds()).isEqualTo(300);
        assertThat(settings.kafkaReplication()).isEqualTo("3");
    }

    @Test
    void aStartTimeoutThatIsNoNumberIsSaidSo() {
        assertThatThrownBy(() -> Settings.from(ROOT, Map.of("CITYCOOP_START_TIMEOUT", "3m"), JAVA, true))
                .hasMessage("CITYCOOP_START_TIMEOUT must be a number of seconds, not 3m");
    }

    @Test
    void servicesGetTheirJvmOptionsPortProfileAndConnections() {
        Settings settings = Settings.from(ROOT, Map.of("CITYCOOP_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC "), JAVA, true);
        Service points = Service.named("points-service");

        assertThat(Up.serviceCommand(settings, points)).containsExactly(JAVA.toString(), "-Xmx512m", "-XX:+UseG1GC", "-jar",
                "/srv/citycoop/services/points-service/target/points-service-0.1.0-SNAPSHOT-exec.jar", "--server.port=8084",
                "--spring.profiles.active=local");
        assertThat(Up.serviceEnvironment(settings, new Postgres.HostPort("127.0.0.1", 5433), false)).isEqualTo(Map.of(
                "CITYCOOP_POSTGRES_HOST", "127.0.0.1", "CITYCOOP_POSTGRES_PORT", "5433", "CITYCOOP_POSTGRES_PASSWORD", "citycoop",
                "CITYCOOP_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092", "CITYCOOP_DEMO_DATA_ENABLED", "false"));
        assertThat(Up.serviceCommand(Settings.from(ROOT, Map.of(), JAVA, true), points)).containsSequence("-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx384m", "-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void testsFindPostgresAsTheTestRole() {
        assertThat(Launcher.testEnvironment(new Postgres.HostPort("db", 6432))).isEqualTo(Map.of(
                "CITYCOOP_TEST_POSTGRES_URL", "jdbc:postgresql://db:6432/postgres", "CITYCOOP_TEST_POSTGRES_USER", "citycoop_test",
                "CITYCOOP_TEST_POSTGRES_PASSWORD", "citycoop_test"));
    }

    @Test
    void eachServiceHasItsDatabaseAndStartOrder() {
        assertThat(Service.ALL).extracting(Service::database).containsExactly("citycoop_identity", "citycoop_merchant", "citycoop_voucher",
                "citycoop_redemption", "citycoop_points", "citycoop_analytics", "citycoop_web");
        assertThat(Status.row("kafka", "-", "stopped", "-", "127.0.0.1:9092"))
                .isEqualTo("kafka                -        stopped  -        127.0.0.1:9092");
    }
}
