package org.citycoop.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.citycoop.contracts.events.Topics;

/**
 * A Kafka broker (KRaft, single node) in its own process, configured as {@code ./citycoop up} runs it
 * (infra/kafka/server.properties) but on free ports and a temporary log folder, with every citycoop
 * topic. A fault test can kill it and start it again on the same data, as a broker restart is.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final SeparateJvm jvm;
    private final int port;

    private KafkaBrokerProcess(SeparateJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /** Formats a fresh log folder under {@code folder}, starts the broker and creates the topics. */
    public static KafkaBrokerProcess start(Path folder) {
        try {
            int port = freePort();
            int controllerPort = freePort();
            Path data = Files.createDirectories(folder.resolve("kafka-data"));
            String template = Files.readString(repositoryFile("infra/kafka/server.properties"));
            Path config = folder.resolve("server.properties");
            Files.writeString(config, template.replace("@DATA@", data.toString()).replace("@PORT@", Integer.toString(port))
                    .replace("@CONTROLLER_PORT@", Integer.toString(controllerPort)));
            List<String> jvmOptions = List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC");
            SeparateJvm.run("kafka-storage-format", "kafka.tools.StorageTool", jvmOptions,
                    List.of("format", "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", config.toString()),
                    folder.resolve("kafka-format.log"), Duration.ofMinutes(2));
            KafkaBrokerProcess broker = new KafkaBrokerProcess(
                    SeparateJvm.start("kafka", "kafka.Kafka", jvmOptions, List.of(config.toString()), folder.resolve("kafka.log")), port);
            broker.awaitListening();
            try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(RealInfrastructure.newTopics()).all().get();
                // ready when every partition has its leader (a producer writing earlier gets errors it may not recover from)
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!allLed(admin)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the topics' partitions got no leader within 60 s: see " + folder.resolve("kafka.log"));
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                }
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the topics: " + e.getMessage(), e);
        }
    }

    private static boolean allLed(AdminClient admin) throws InterruptedException, ExecutionException {
        return admin.describeTopics(Topics.all()).allTopicNames().get().values().stream()
                .allMatch(topic -> topic.partitions().size() == Topics.PARTITIONS && topic.partitions().stream().allMatch(p -> p.leader() != null
                        && !p.leader().isEmpty()));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** kill -9 of the broker, then a start on the same data and ports; returns once it listens again. */
    public void killAndRestart() {
        jvm.kill();
        jvm.start();
        awaitListening();
    }

    public long pid() {
        return jvm.pid();
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!jvm.alive()) {
                throw new IllegalStateException("the Kafka broker stopped while starting: see " + jvm.log());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
        throw new IllegalStateException("the Kafka broker did not listen on " + port + " within 60 s: see " + jvm.log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A file of the repository, found from the module the test runs in. */
    static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        jvm.kill();
    }
}
