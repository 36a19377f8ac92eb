package org.citycoop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The PostgreSQL the platform uses: the machine's cluster (Debian's pg_lsclusters / pg_ctlcluster) or an external server. */
final class Postgres {

    /** A line of pg_lsclusters: {@code 15 main 5432 online postgres /var/lib/... /var/log/...}. */
    record Cluster(String version, String name, int port, String status) {

        static Optional<Cluster> parse(String line) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length < 4 || !columns[2].matches("[0-9]+")) {
                return Optional.empty();
            }
            return Optional.of(new Cluster(columns[0], columns[1], Integer.parseInt(columns[2]), columns[3]));
        }

        /** The cluster CITYCOOP_PG_CLUSTER names ("15 main"), or the first one listed. */
        static Optional<Cluster> choose(String listing, Optional<String> wanted) {
            List<Cluster> clusters = listing.lines().map(Cluster::parse).flatMap(Optional::stream).toList();
            if (wanted.isPresent()) {
                String[] parts = wanted.get().strip().split("\\s+");
                return clusters.stream().filter(c -> parts.length == 2 && c.version.equals(parts[0]) && c.name.equals(parts[1])).findFirst();
            }
            return clusters.stream().findFirst();
        }

        String label() {
            return version + " " + name;
        }
    }

    /** Where the services connect. */
    record HostPort(String host, int port) {}

    private final Settings settings;
    private final Consumer<String> say;

    Postgres(Settings settings, Consumer<String> say) {
        this.settings = settings;
        this.say = say;
    }

    Optional<Cluster> cluster() {
        if (!Exec.onPath("pg_lsclusters")) {
            return Optional.empty();
        }
        return Cluster.choose(Exec.run("pg_lsclusters", "--no-header").output(), settings.pgCluster());
    }

    /** The hll extension's control file of the local cluster's version. */
    boolean hllInstalled(Cluster cluster) {
        return Files.isRegularFile(Path.of("/usr/share/postgresql", cluster.version(), "extension", "hll.control"));
    }

    void requireInstallation() {
        if (settings.localPostgres()) {
            if (!Exec.onPath("psql")) {
                throw new Failure("PostgreSQL is not installed (no psql): apt-get install postgresql, or set CITYCOOP_POSTGRES_URL to an external server.");
            }
            if (cluster().isEmpty()) {
                throw new Failure("PostgreSQL is installed but has no cluster (pg_lsclusters is empty): pg_createcluster 15 main, or set CITYCOOP_POSTGRES_URL.");
            }
            if (!settings.rootUser() && !Exec.onPath("sudo")) {
                throw new Failure("starting the local PostgreSQL needs root or sudo; or set CITYCOOP_POSTGRES_URL.");
            }
        } else if (!Exec.onPath("psql")) {
            throw new Failure("psql is needed to prepare the external PostgreSQL: apt-get install postgresql-client.");
        }
    }

    /** Starts the local cluster if it is down (and remembers that this run did, for down and for cleanup). */
    void start(Cleanup cleanup) {
        if (!settings.localPostgres()) {
            if (!Psql.admin(settings, null).run("SELECT 1;\n").ok()) {
                throw new Failure("the external PostgreSQL at CITYCOOP_POSTGRES_URL does not answer.");
            }
            return;
        }
        Cluster cluster = cluster().orElseThrow(() -> new Failure("no PostgreSQL cluster (pg_lsclusters is empty)"));
        if (cluster.status().equals("online")) {
            say.accept("  PostgreSQL " + cluster.version() + "/" + cluster.name() + " is running");
            return;
        }
        if (Ports.inUse(cluster.port())) {
            throw new Failure(Ports.busy(cluster.port(), "PostgreSQL") + ": stop it, or set CITYCOOP_POSTGRES_URL to use that server.");
        }
        if (!pgCtl(cluster.label(), "start")) {
            throw new Failure("PostgreSQL " + cluster.version() + "/" + cluster.name() + " did not start: see /var/log/postgresql/postgresql-"
                    + cluster.version() + "-" + cluster.name() + ".log");
        }
        write(startedMarker(), cluster.label() + "\n");
        if (cleanup != null) {
            cleanup.started("PostgreSQL", () -> stopIfStartedByUs(" (this run had started it)"));
        }
        say.accept("  started PostgreSQL " + cluster.version() + "/" + cluster.name());
    }

    /** Stops the local cluster only when up started it (run/postgres.started). */
    void stopIfStartedByUs(String because) {
        Path marker = startedMarker();
        if (!Files.isRegularFile(marker)) {
            return;
        }
        String cluster = read(marker);
        if (pgCtl(cluster, "stop")) {
            say.accept("  stopped PostgreSQL " + cluster.replace(' ', '/') + because);
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException ignored) {
            // next down tries again
        }
    }

    HostPort hostPort() {
        if (settings.externalPostgres().isPresent()) {
            PostgresUrl url = settings.externalPostgres().get();
            return new HostPort(url.host(), url.port());
        }
        return new HostPort("127.0.0.1", cluster().map(Cluster::port).orElse(5432));
    }

    /** One role and one database per service; idempotent. */
    void prepareDatabases(List<Service> services) {
        Psql psql = Psql.admin(settings, null).with("password", settings.servicePassword());
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < services.size(); i++) {
            psql = psql.with("db" + i, services.get(i).database());
            sql.append(createRole("db" + i, "password", ""))
                    .append("SELECT format('CREATE DATABASE %I OWNER %I', :'db").append(i).append("', :'db").append(i)
                    .append("') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db").append(i).append("')\\gexec\n");
        }
        Exec.Result result = psql.run(sql.toString());
        if (!result.ok()) {
            throw new Failure("could not create the service databases: " + result.lastLine());
        }
    }

    /** SQL creating a login role named by variable ROLE with the password in variable PASSWORD, if it is missing. */
    static String createRole(String role, String password, String extra) {
        return "SELECT format('CREATE ROLE %I LOGIN" + extra + " PASSWORD %L', :'" + role + "', :'" + password
                + "') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'" + role + "')\\gexec\n";
    }

    void prepareTestRole(String role) {
        Exec.Result result = Psql.admin(settings, null).with("role", role).with("password", role).run(createRole("role", "password", " CREATEDB"));
        if (!result.ok()) {
            throw new Failure("could not create the test role: " + result.output().strip());
        }
    }

    void dropDatabases(List<Service> services) {
        Psql psql = Psql.admin(settings, null);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < services.size(); i++) {
            psql = psql.with("db" + i, services.get(i).database());
            sql.append("DROP DATABASE IF EXISTS :\"db").append(i).append("\" WITH (FORCE);\n");
        }
        Exec.Result result = psql.run(sql.toString());
        if (!result.ok()) {
            throw new Failure("could not drop the databases: " + result.lastLine());
        }
    }

    /**
     * analytics-service's rollups count distinct shoppers with the hll extension (postgresql-hll,
     * ADR 19); installs Debian's package for the local server where it is missing.
     */
    void requireHll() {
        if (!settings.localPostgres()) {
            return;
        }
        Cluster cluster = cluster().orElseThrow();
        if (hllInstalled(cluster)) {
            return;
        }
        String version = cluster.version();
        if (!settings.rootUser() || !Exec.onPath("apt-get")) {
            throw new Failure("analytics-service needs PostgreSQL's hll extension: apt-get install postgresql-" + version + "-hll (as root).");
        }
        say.accept("  installing the hll extension for PostgreSQL " + version + " (apt-get install postgresql-" + version + "-hll)");
        Path log = settings.logs().resolve("hll-install.log");
        List<String> install = List.of("apt-get", "install", "-y", "-qq", "postgresql-" + version + "-hll");
        var environment = java.util.Map.of("DEBIAN_FRONTEND", "noninteractive");
        if (Exec.logged(install, environment, log) != 0
                && (Exec.logged(List.of("apt-get", "update", "-qq"), environment, log) != 0 || Exec.logged(install, environment, log) != 0)) {
            throw new Failure("could not install the hll extension: see " + log);
        }
    }

    /** Creates hll in the given databases (it is not trusted: the administrator creates it, the services use it). */
    void createHll(String... databases) {
        for (String database : databases) {
            Exec.Result result = Psql.admin(settings, database).run("CREATE EXTENSION IF NOT EXISTS hll;\n");
            if (!result.ok()) {
                throw new Failure(settings.localPostgres() ? "could not create the hll extension in " + database + ": " + result.output().strip()
                        : "could not create the hll extension in " + database
                                + " on the external PostgreSQL (it needs the postgresql-hll package there): " + result.output().strip());
            }
        }
    }

    String status() {
        return cluster().map(Cluster::status).orElse("-");
    }

    /** pg_ctlcluster with its output in logs/postgresql-ctl.log: the server it forks must not hold a pipe of ours. */
    private boolean pgCtl(String cluster, String action) {
        List<String> command = new ArrayList<>();
        if (!settings.rootUser()) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.add("pg_ctlcluster");
        command.addAll(List.of(cluster.strip().split("\\s+")));
        command.add(action);
        Path log = settings.logs().resolve("postgresql-ctl.log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new Failure("could not create " + log.getParent() + ": " + e.getMessage());
        }
        return Exec.logged(command, java.util.Map.of(), log) == 0;
    }

    private Path startedMarker() {
        return settings.run().resolve("postgres.started");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new Failure("could not write " + file + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
