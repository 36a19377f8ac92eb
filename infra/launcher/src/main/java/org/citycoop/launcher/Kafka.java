package org.citycoop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The local Kafka broker (KRaft, Apache Kafka from Maven Central, infra/kafka) or an external cluster, and the topics. */
final class Kafka {

    private final Settings settings;
    private final Processes processes;
    private final Consumer<String> say;

    Kafka(Settings settings, Processes processes, Consumer<String> say) {
        this.settings = settings;
        this.processes = processes;
        this.say = say;
    }

    /** The broker's jars, fetched once into the state folder. */
    Path libs() {
        Path lib = settings.state().resolve("kafka").resolve("lib");
        if (!Files.isRegularFile(lib.resolve(".complete"))) {
            say.accept("  fetching Apache Kafka 4.2.1 from Maven Central (once)");
            Path log = settings.logs().resolve("kafka-fetch.log");
            try {
                deleteTree(lib);
                Files.createDirectories(lib);
                List<String> fetch = List.of(settings.root().resolve("mvnw").toString(), "-B", "-q", "-f",
                        settings.root().resolve("infra/kafka/pom.xml").toString(), "dependency:copy-dependencies",
                        "-DoutputDirectory=" + lib, "-DincludeScope=runtime");
                Files.deleteIfExists(log);
                if (Exec.logged(fetch, Launcher.javaHome(settings), log, settings.root()) != 0) {
                    throw new Failure("could not fetch the Kafka broker from Maven Central: see " + log);
                }
                Files.createFile(lib.resolve(".complete"));
            } catch (IOException e) {
                throw new Failure("could not fetch the Kafka broker: " + e.getMessage());
            }
        }
        return lib;
    }

    void start(Cleanup cleanup) {
        if (settings.externalKafka().isPresent()) {
            say.accept("  using the external Kafka cluster at " + settings.externalKafka().get());
        } else if (processes.running("kafka")) {
            say.accept("  Kafka is already running (pid " + processes.pidOf("kafka").orElseThrow() + ")");
        } else {
            for (int port : new int[] {Settings.KAFKA_PORT, Settings.KAFKA_CONTROLLER_PORT}) {
                if (Ports.inUse(port)) {
                    throw new Failure(Ports.busy(port, "Kafka") + ": stop it, or set CITYCOOP_KAFKA_BOOTSTRAP_SERVERS to use that broker.");
                }
            }
            launch(cleanup);
        }
        createTopics();
    }

    private void launch(Cleanup cleanup) {
        String classpath = libs().resolve("*").toString();
        Path data = settings.state().resolve("kafka").resolve("data");
        Path config = settings.state().resolve("kafka").resolve("server.properties");
        Path log = settings.logs().resolve("kafka.log");
        String java = settings.java().toString();
        String log4j = "-Dlog4j2.configurationFile=" + settings.root().resolve("infra/kafka/log4j2.yaml");
        try {
            Files.createDirectories(data);
            Files.writeString(config, Files.readString(settings.root().resolve("infra/kafka/server.properties"))
                    .replace("@DATA@", data.toString()).replace("@PORT@", Integer.toString(Settings.KAFKA_PORT))
                    .replace("@CONTROLLER_PORT@", Integer.toString(Settings.KAFKA_CONTROLLER_PORT)));
        } catch (IOException e) {
            throw new Failure("could not write Kafka's configuration: " + e.getMessage());
        }
        if (!Files.isRegularFile(data.resolve("meta.properties"))) {
            String clusterId = Exec.run(java, "-cp", classpath, "kafka.tools.StorageTool", "random-uuid").lastLine().strip();
            if (Exec.logged(List.of(java, "-cp", classpath, log4j, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString()),
                    Map.of(), log) != 0) {
                throw new Failure("could not format Kafka's storage: see " + log);
            }
        }
        long pid = processes.start("kafka", List.of(java, "-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-cp", classpath, log4j, "kafka.Kafka",
                config.toString()), Map.of(), log, cleanup);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Ports.inUse(Settings.KAFKA_PORT)) {
            if (!processes.running("kafka")) {
                throw new Failure("Kafka stopped while starting: see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new Failure("Kafka did not open port " + Settings.KAFKA_PORT + " within 30 s: see " + log);
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        say.accept("  started Kafka (KRaft, pid " + pid + ") on " + settings.kafkaBootstrap());
    }

    private void createTopics() {
        Path log = settings.logs().resolve("kafka-topics.log");
        List<String> command = List.of(settings.java().toString(), "-cp", libs().resolve("*").toString(),
                "-Dlog4j2.configurationFile=" + settings.root().resolve("infra/kafka/log4j2-tools.yaml"),
                settings.root().resolve("infra/kafka/CreateTopics.java").toString(), settings.kafkaBootstrap(),
                settings.root().resolve("infra/kafka/topics.txt").toString(), settings.kafkaReplication());
        // stdout (one line per topic) to the terminal, stderr to the log, as the bash launcher did
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process process = builder.start();
            Cleanup.foreground(process);
            List<String> lines = new ArrayList<>(process.inputReader().lines().toList());
            int exit = process.waitFor();
            lines.forEach(line -> say.accept("  " + line));
            if (exit != 0) {
                throw new Failure("could not create the topics: see " + log);
            }
        } catch (IOException e) {
            throw new Failure("could not create the topics: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while creating the topics");
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
