package org.citycoop.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.citycoop.contracts.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real servers integration tests run against, started once per test JVM.
 * <ul>
 * <li>With a Docker engine: Testcontainers {@code citusdata/citus:12.1} (PostgreSQL with the hll extension) and
 * {@code apache/kafka:4.2.1}.</li>
 * <li>Without: the local PostgreSQL server (started by {@code ./citycoop test}; location and test role
 * from {@code CITYCOOP_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}) and an in-JVM KRaft broker
 * (spring-kafka-test's {@link EmbeddedKafkaKraftBroker}).</li>
 * </ul>
 * Either way the servers are real; a test never passes without them: if PostgreSQL cannot be
 * reached the test fails with a message saying how to start it.
 */
public final class RealInfrastructure {

    private static final boolean DOCKER = dockerAvailable();
    private static final Object LOCK = new Object();
    private static volatile Postgres postgres;
    private static volatile String kafkaBootstrap;

    private RealInfrastructure() {
    }

    /** How the admin connection to PostgreSQL is reached. */
    public record Postgres(String host, int port, String adminUrl, String user, String password) {

        public String urlOf(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** Whether the servers are containers (true) or the local ones (false). */
    public static boolean containers() {
        return DOCKER;
    }

    /** The PostgreSQL server, started or checked on first use. */
    public static Postgres postgres() {
        if (postgres == null) {
            synchronized (LOCK) {
                if (postgres == null) {
                    postgres = DOCKER ? startPostgresContainer() : localPostgres();
                    if (!DOCKER) {
                        dropStaleDatabases(postgres);
                    }
                }
            }
        }
        return postgres;
    }

    /** A fresh, empty database for one test context; dropped when the JVM ends. */
    public static String newDatabase(String purpose) {
        Postgres pg = postgres();
        // t_<epoch seconds>_<purpose>_<random>: the time lets later runs drop what earlier runs left behind
        String name = ("t_" + Instant.now().getEpochSecond() + "_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(pg.adminUrl(), pg.user(), pg.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** Bootstrap servers of the Kafka broker, with every citycoop topic created. */
    public static String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            synchronized (LOCK) {
                if (kafkaBootstrap == null) {
                    kafkaBootstrap = DOCKER ? startKafkaContainer() : startEmbeddedKafka();
                }
            }
        }
        return kafkaBootstrap;
    }

    /** Spring properties that point a service at a fresh database and the shared broker. */
    public static Map<String, Object> serviceProperties(String serviceName) {
        Postgres pg = postgres();
        String database = newDatabase(serviceName);
        return Map.of(
                "spring.datasource.url", pg.urlOf(database),
                "spring.datasource.username", pg.user(),
                "spring.datasource.password", pg.password(),
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers(),
                "citycoop.security.jwk-set-uri", TestTokens.jwkSetUri(),
                // a developer's machine, as ./citycoop up: the committed development secrets are accepted (DevelopmentSecrets)
                "spring.profiles.active", "local",
                // tests use their own consumer groups, so a context never inherits another's offsets
                "spring.kafka.consumer.group-id", serviceName + "-" + database);
    }

    private static Postgres localPostgres() {
        String url = env("CITYCOOP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("CITYCOOP_TEST_POSTGRES_USER", "citycoop_test");
        String password = env("CITYCOOP_TEST_POSTGRES_PASSWORD", "citycoop_test");
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url, props)) {
            String host = connection.getMetaData().getURL().replaceFirst("jdbc:postgresql://", "").replaceFirst("[:/].*", "");
            java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
            return new Postgres(host, uri.getPort() < 0 ? 5432 : uri.getPort(), url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    No Docker engine, and the local PostgreSQL at %s does not accept user %s (%s).
                    Run the tests with ./citycoop test (it starts PostgreSQL and creates the test role),
                    or point CITYCOOP_TEST_POSTGRES_URL/_USER/_PASSWORD at a server where that role may create databases."""
                    .formatted(url, user, e.getMessage()), e);
        }
    }

    private static Postgres startPostgresContainer() {
        // Citus' image: PostgreSQL with the hll extension analytics-service's rollups need (ADR 19)
        PostgreSQLContainer container = new PostgreSQLContainer(
                org.testcontainers.utility.DockerImageName.parse("citusdata/citus:12.1").asCompatibleSubstituteFor("postgres"));
        container.start();
        return new Postgres(container.getHost(), container.getMappedPort(5432), container.getJdbcUrl(), container.getUsername(),
                container.getPassword());
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, Topics.PARTITIONS);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-embedded-kafka"));
        broker.addTopics(newTopics().toArray(NewTopic[]::new));
        return broker.getBrokersAsString();
    }

    private static String startKafkaContainer() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.2.1");
        container.start();
        String bootstrap = container.getBootstrapServers();
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(newTopics()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create topics: " + e.getMessage(), e);
        }
        return bootstrap;
    }

    /** Every citycoop topic with the settings production has: event topics kept for ever (ADR 22). */
    public static List<NewTopic> newTopics() {
        return Topics.all().stream().map(t -> new NewTopic(t, Topics.PARTITIONS, (short) 1).configs(Topics.configOf(t))).toList();
    }

    /**
     * Drops test databases of earlier runs (older than two hours, so a run in parallel keeps its
     * own). Done at start rather than at JVM exit, where Spring contexts may still be closing.
     */
    private static void dropStaleDatabases(Postgres pg) {
        long cutoff = Instant.now().minus(Duration.ofHours(2)).getEpochSecond();
        try (Connection connection = DriverManager.getConnection(pg.adminUrl(), pg.user(), pg.password());
                Statement statement = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^t_[0-9]+_'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (Long.parseLong(name.split("_")[1]) < cutoff) {
                        stale.add(name);
                    }
                }
            }
            for (String name : stale) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop stale test databases: " + e.getMessage());
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("CITYCOOP_TEST_DOCKER"))) {
            return false;
        }
        // ask Testcontainers only where a Docker engine could be: it logs errors while it searches
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
                && !Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
