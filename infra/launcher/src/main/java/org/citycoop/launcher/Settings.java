package org.citycoop.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the launcher reads from the environment, read once. The names and defaults are those
 * of docs/operations.md (Settings).
 */
record Settings(Path root, Path state, Optional<PostgresUrl> externalPostgres, Optional<String> externalKafka,
        Optional<String> pgCluster, String servicePassword, String javaOptions, int startTimeoutSeconds,
        String kafkaReplication, Path chromium, Path java, boolean rootUser) {

    static final String VERSION = "0.1.0-SNAPSHOT";
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final String DEFAULT_JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xmx384m -XX:+ExitOnOutOfMemoryError";

    static Settings from(Path root, Map<String, String> env, Path java, boolean rootUser) {
        return new Settings(root,
                value(env, "CITYCOOP_HOME").map(Path::of).orElse(root.resolve(".citycoop")).toAbsolutePath(),
                value(env, "CITYCOOP_POSTGRES_URL").map(PostgresUrl::parse),
                value(env, "CITYCOOP_KAFKA_BOOTSTRAP_SERVERS"),
                value(env, "CITYCOOP_PG_CLUSTER"),
                value(env, "CITYCOOP_POSTGRES_PASSWORD").orElse("citycoop"),
                value(env, "CITYCOOP_JAVA_OPTS").orElse(DEFAULT_JAVA_OPTIONS),
                value(env, "CITYCOOP_START_TIMEOUT").map(Settings::seconds).orElse(180),
                value(env, "CITYCOOP_KAFKA_REPLICATION").orElse("1"),
                Path.of(value(env, "CITYCOOP_CHROMIUM").orElse("/usr/bin/chromium")),
                java, rootUser);
    }

    Path logs() {
        return state.resolve("logs");
    }

    Path run() {
        return state.resolve("run");
    }

    boolean localPostgres() {
        return externalPostgres.isEmpty();
    }

    /** Where the services and tests find Kafka: the external cluster, or the local broker. */
    String kafkaBootstrap() {
        return externalKafka.orElse("127.0.0.1:" + KAFKA_PORT);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
    }

    private static int seconds(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new Failure("CITYCOOP_START_TIMEOUT must be a number of seconds, not " + value);
        }
    }
}
