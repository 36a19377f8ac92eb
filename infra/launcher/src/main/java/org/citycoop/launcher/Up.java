package org.citycoop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code ./citycoop up}: PostgreSQL, Kafka and the seven services, in that order, under the state
 * folder's lock; what this run started is stopped again when it fails half-way or is stopped.
 */
final class Up {

    private final Settings settings;
    private final Processes processes;
    private final Postgres postgres;
    private final Kafka kafka;
    private final Consumer<String> say;

    Up(Settings settings, Consumer<String> say) {
        this.settings = settings;
        this.processes = new Processes(settings.run());
        this.postgres = new Postgres(settings, say);
        this.kafka = new Kafka(settings, processes, say);
        this.say = say;
    }

    int run(boolean demo) {
        postgres.requireInstallation();
        if (!Exec.onPath("ss")) {
            throw new Failure("ss is needed to check ports: apt-get install iproute2");
        }
        Launcher.createFolders(settings);
        try (StartLock _ = StartLock.take(settings.run(), "up")) {
            if (allRunning()) {
                say.accept("citycoop is already running; nothing started. (./citycoop status shows it, ./citycoop down stops it.)");
                return 0;
            }
            preflightPorts();
            Cleanup cleanup = new Cleanup(say).onShutdown();
            try {
                start(demo, cleanup);
            } catch (RuntimeException failure) {
                if (!cleanup.stopping()) {
                    System.err.println("citycoop: " + (failure instanceof Failure ? failure.getMessage() : failure));
                    cleanup.stopAll("Stopping what this run of up started (nothing else):");
                }
                throw new Failure(null);
            }
            if (demo) {
                DemoSummary.overHttp(say).print();
            }
            printUrls();
            return 0;
        }
    }

    private void start(boolean demo, Cleanup cleanup) {
        long t0 = System.nanoTime();
        say.accept("Starting citycoop");
        new Build(settings, say).ifNeeded();
        long built = System.nanoTime();
        postgres.start(cleanup);
        postgres.prepareDatabases(Service.ALL);
        postgres.requireHll();
        postgres.createHll("citycoop_analytics");
        kafka.start(cleanup);
        Postgres.HostPort database = postgres.hostPort();
        for (Service service : Service.ALL) {
            startService(service, database, demo, cleanup);
        }
        say.accept("  waiting for the services to report UP");
        awaitHealthy(cleanup);
        cleanup.finished();
        say.accept("  all seven services are UP, " + seconds(built) + " s after the build (" + seconds(t0) + " s in all)");
    }

    private boolean allRunning() {
        boolean kafkaRunning = settings.externalKafka().isPresent() || processes.running("kafka");
        return kafkaRunning && Service.ALL.stream().allMatch(s -> processes.running(s.name()));
    }

    /** Every port we are about to listen on must be free: one line per busy port, then stop. */
    private void preflightPorts() {
        List<String> busy = new ArrayList<>();
        if (settings.externalKafka().isEmpty() && !processes.running("kafka")) {
            for (int port : new int[] {Settings.KAFKA_PORT, Settings.KAFKA_CONTROLLER_PORT}) {
                if (Ports.inUse(port)) {
                    busy.add(Ports.busy(port, "Kafka"));
                }
            }
        }
        for (Service service : Service.ALL) {
            if (!processes.running(service.name()) && Ports.inUse(service.port())) {
                busy.add(Ports.busy(service.port(), service.name()));
            }
        }
        if (!busy.isEmpty()) {
            busy.forEach(line -> System.err.println("citycoop: " + line));
            throw new Failure("free these ports (or stop what holds them) and run ./citycoop up again.");
        }
    }

    /** The command line of a service: CITYCOOP_JAVA_OPTS, the jar, its port, the profile local (ADR 23). */
    static List<String> serviceCommand(Settings settings, Service service) {
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        Arrays.stream(settings.javaOptions().strip().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        command.addAll(List.of("-jar", service.jar(settings.root()).toString(), "--server.port=" + service.port(), "--spring.profiles.active=local"));
        return command;
    }

    /** What a service reads at start (docs/operations.md, Settings). */
    static Map<String, String> serviceEnvironment(Settings settings, Postgres.HostPort database, boolean demo) {
        return Map.of("CITYCOOP_POSTGRES_HOST", database.host(), "CITYCOOP_POSTGRES_PORT", Integer.toString(database.port()),
                "CITYCOOP_POSTGRES_PASSWORD", settings.servicePassword(), "CITYCOOP_KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap(),
                "CITYCOOP_DEMO_DATA_ENABLED", Boolean.toString(demo));
    }

    private void startService(Service service, Postgres.HostPort database, boolean demo, Cleanup cleanup) {
        if (processes.running(service.name())) {
            say.accept("  " + service.name() + " is already running (pid " + processes.pidOf(service.name()).orElseThrow() + ")");
            return;
        }
        if (Ports.inUse(service.port())) {
            throw new Failure(Ports.busy(service.port(), service.name()) + ": stop it first.");
        }
        processes.start(service.name(), serviceCommand(settings, service), serviceEnvironment(settings, database, demo),
                settings.logs().resolve(service.name() + ".log"), cleanup);
    }

    private void awaitHealthy(Cleanup cleanup) {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.startTimeoutSeconds()).toNanos();
        while (true) {
            List<String> pending = new ArrayList<>();
            for (Service service : Service.ALL) {
                if (!processes.running(service.name())) {
                    if (cleanup.stopping()) {
                        // stopped by Ctrl-C or SIGTERM: the shutdown hook is stopping it, and says so
                        throw new Failure(null);
                    }
                    Path log = settings.logs().resolve(service.name() + ".log");
                    System.err.println("  " + service.name() + " stopped while starting; the end of " + log + ":");
                    tail(log, 25).forEach(System.err::println);
                    throw new Failure(service.name() + " did not start");
                }
                if (!Actuator.health(service.port()).filter("UP"::equals).isPresent()) {
                    pending.add(service.name());
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new Failure("not healthy after " + settings.startTimeoutSeconds() + " s: " + String.join(" ", pending) + " (see "
                        + settings.logs() + "/)");
            }
            Processes.sleep(Duration.ofMillis(500));
        }
    }

    static List<String> tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    private void printUrls() {
        say.accept("");
        say.accept("citycoop is running. Open:");
        say.accept("  web front            http://127.0.0.1:8080/");
        for (Service service : Service.ALL) {
            if (!service.name().equals("web")) {
                say.accept(String.format("  %-20s http://127.0.0.1:%s/v3/api-docs   (health: /actuator/health, metrics: /actuator/prometheus)",
                        service.name(), service.port()));
            }
        }
        say.accept("  Kafka                " + settings.kafkaBootstrap());
        Postgres.HostPort database = postgres.hostPort();
        say.accept("  PostgreSQL           " + database.host() + ":" + database.port()
                + " (one database per service: citycoop_merchant, citycoop_redemption, ...)");
        say.accept("Logs: " + settings.logs() + "/   Stop: ./citycoop down   State: ./citycoop status");
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
