package org.citycoop.launcher;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code status} (what runs, where, whether healthy) and {@code doctor} (the prerequisites). */
final class Status {

    private final Settings settings;
    private final Processes processes;
    private final Postgres postgres;
    private final Consumer<String> say;

    Status(Settings settings, Processes processes, Postgres postgres, Consumer<String> say) {
        this.settings = settings;
        this.processes = processes;
        this.postgres = postgres;
        this.say = say;
    }

    /** One row of the status table, columns as the bash launcher's printf. */
    static String row(String process, String pid, String state, String health, String url) {
        return String.format("%-20s %-8s %-8s %-8s %s", process, pid, state, health, url);
    }

    int print() {
        say.accept(row("PROCESS", "PID", "STATE", "HEALTH", "URL"));
        if (settings.externalKafka().isPresent()) {
            say.accept(row("kafka", "-", "external", "-", settings.externalKafka().get()));
        } else {
            say.accept(row("kafka", processes.pidOf("kafka").map(String::valueOf).orElse("-"), processes.running("kafka") ? "running" : "stopped", "-",
                    "127.0.0.1:" + Settings.KAFKA_PORT));
        }
        for (Service service : Service.ALL) {
            if (processes.running(service.name())) {
                say.accept(row(service.name(), String.valueOf(processes.pidOf(service.name()).orElseThrow()), "running",
                        Actuator.health(service.port()).orElse("DOWN"), "http://127.0.0.1:" + service.port() + "/"));
            } else {
                say.accept(row(service.name(), "-", "stopped", "-", "http://127.0.0.1:" + service.port() + "/"));
            }
        }
        if (settings.localPostgres()) {
            postgres.cluster().ifPresent(cluster -> say.accept(row("postgresql", "-", cluster.status(), "-", "127.0.0.1:" + cluster.port())));
        }
        return 0;
    }

    int doctor() {
        boolean ok = true;
        say.accept("ok   JDK 25: " + settings.java().getParent().getParent());
        if (settings.localPostgres()) {
            Optional<Postgres.Cluster> cluster = postgres.cluster();
            if (Exec.onPath("psql") && cluster.isPresent()) {
                say.accept("ok   PostgreSQL installation: cluster " + cluster.get().label());
            } else {
                say.accept("MISSING PostgreSQL: apt-get install postgresql (or set CITYCOOP_POSTGRES_URL)");
                ok = false;
            }
            if (cluster.isPresent()) {
                say.accept(postgres.hllInstalled(cluster.get()) ? "ok   PostgreSQL hll extension"
                        : "note PostgreSQL hll extension missing: up and test install it (apt-get install postgresql-" + cluster.get().version() + "-hll)");
            }
        } else {
            say.accept("ok   external PostgreSQL: CITYCOOP_POSTGRES_URL");
        }
        if (Exec.onPath("ss")) {
            say.accept("ok   ss");
        } else {
            say.accept("MISSING ss: apt-get install iproute2");
            return 1;
        }
        record Port(String name, String owner, int port) {}
        List<Port> ports = new java.util.ArrayList<>(List.of(new Port("kafka", "kafka", Settings.KAFKA_PORT),
                new Port("kafka-controller", "kafka", Settings.KAFKA_CONTROLLER_PORT)));
        Service.ALL.forEach(s -> ports.add(new Port(s.name(), s.name(), s.port())));
        for (Port port : ports) {
            if (Ports.inUse(port.port()) && !processes.running(port.owner())) {
                say.accept("BUSY port " + port.port() + " (" + port.name() + ") is in use by " + Ports.owner(port.port()));
                ok = false;
            }
        }
        if (!ok) {
            return 1;
        }
        say.accept("All prerequisites are there.");
        return 0;
    }
}
