package org.citycoop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The commands besides {@code up}: each as the bash launcher had it (docs/operations.md, Commands). */
final class Launcher {

    static final String TEST_ROLE = "citycoop_test";

    private final Settings settings;
    private final Processes processes;
    private final Postgres postgres;
    private final Consumer<String> say;

    Launcher(Settings settings, Consumer<String> say) {
        this.settings = settings;
        this.processes = new Processes(settings.run());
        this.postgres = new Postgres(settings, say);
        this.say = say;
    }

    int run(Command command) {
        return switch (command) {
            case Command.Up up -> new Up(settings, say).run(up.demo());
            case Command.Down _ -> down();
            case Command.Reset _ -> reset();
            case Command.Status _ -> new Status(settings, processes, postgres, say).print();
            case Command.Logs logs -> logs(logs.name(), logs.follow());
            case Command.Test test -> test(test.mavenArguments());
            case Command.Doctor _ -> new Status(settings, processes, postgres, say).doctor();
            case Command.DemoHistory history -> demoHistory(history.generatorArguments());
            case Command.Usage usage -> {
                System.out.print(Command.USAGE);
                yield usage.exitCode();
            }
        };
    }

    /** The environment a Maven or Java child gets: the launcher's JDK as JAVA_HOME. */
    static Map<String, String> javaHome(Settings settings) {
        return Map.of("JAVA_HOME", settings.java().getParent().getParent().toString());
    }

    static void createFolders(Settings settings) {
        try {
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.run());
        } catch (IOException e) {
            throw new Failure("could not create " + settings.state() + ": " + e.getMessage());
        }
    }

    private int down() {
        createFolders(settings);
        try (StartLock _ = StartLock.take(settings.run(), "down")) {
            say.accept("Stopping citycoop");
            for (Service service : Service.ALL.reversed()) {
                processes.stop(service.name(), say);
            }
            processes.stop("kafka", say);
            postgres.stopIfStartedByUs(" (up had started it)");
            say.accept("Stopped. Data stays in PostgreSQL and " + settings.state().resolve("kafka") + "; ./citycoop up starts it again.");
            return 0;
        }
    }

    private int reset() {
        createFolders(settings);
        try (StartLock _ = StartLock.take(settings.run(), "reset")) {
            for (String name : Stream.concat(Service.ALL.stream().map(Service::name), Stream.of("kafka")).toList()) {
                if (processes.running(name)) {
                    throw new Failure(name + " is running: ./citycoop down first.");
                }
            }
            say.accept("Resetting citycoop's data");
            postgres.start(null);
            postgres.dropDatabases(Service.ALL);
            say.accept("  dropped the seven service databases");
            Path data = settings.state().resolve("kafka").resolve("data");
            if (Files.isDirectory(data)) {
                try {
                    Kafka.deleteTree(data);
                    Files.deleteIfExists(settings.state().resolve("kafka").resolve("server.properties"));
                } catch (IOException e) {
                    throw new Failure("could not delete " + data + ": " + e.getMessage());
                }
                say.accept("  deleted Kafka's data in " + data);
            }
            postgres.stopIfStartedByUs(null);
            say.accept("Done. ./citycoop up starts afresh with new demo data.");
            return 0;
        }
    }

    private int logs(String name, boolean follow) {
        Path logs = settings.logs();
        if (!Files.isDirectory(logs)) {
            throw new Failure("no logs yet: " + logs + " does not exist (./citycoop up writes them)");
        }
        List<String> files;
        if (name != null) {
            Path file = logs.resolve(name + ".log");
            if (!Files.isRegularFile(file)) {
                throw new Failure("no log for '" + name + "'; there are: " + String.join(" ", logNames(logs)) + " ");
            }
            files = List.of(file.toString());
        } else {
            files = logNames(logs).stream().map(n -> logs.resolve(n + ".log").toString()).toList();
        }
        List<String> tail = new ArrayList<>(List.of("tail", "-n", "50"));
        if (follow) {
            tail.add("-F");
        }
        tail.addAll(files);
        return Exec.interactive(tail, Map.of(), null);
    }

    private static List<String> logNames(Path logs) {
        try (Stream<Path> files = Files.list(logs)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted()
                    .map(n -> n.substring(0, n.length() - ".log".length())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private int test(List<String> mavenArguments) {
        postgres.requireInstallation();
        createFolders(settings);
        say.accept("Preparing the test servers");
        requireChromium();
        postgres.start(null);
        postgres.prepareTestRole(TEST_ROLE);
        // test databases are copies of template1: they get the extension from it
        postgres.requireHll();
        postgres.createHll("template1");
        Map<String, String> environment = new HashMap<>(javaHome(settings));
        environment.putAll(testEnvironment(postgres.hostPort()));
        say.accept("Running every test: ./mvnw -B verify " + String.join(" ", mavenArguments));
        List<String> maven = new ArrayList<>(List.of(settings.root().resolve("mvnw").toString(), "-B", "verify"));
        maven.addAll(mavenArguments);
        return Exec.interactive(maven, environment, settings.root());
    }

    /** Where the tests find PostgreSQL (test-support reads these). */
    static Map<String, String> testEnvironment(Postgres.HostPort database) {
        return Map.of("CITYCOOP_TEST_POSTGRES_URL", "jdbc:postgresql://" + database.host() + ":" + database.port() + "/postgres",
                "CITYCOOP_TEST_POSTGRES_USER", TEST_ROLE, "CITYCOOP_TEST_POSTGRES_PASSWORD", TEST_ROLE);
    }

    /** The browser tests drive the machine's Chromium (Debian package); installs it where it is missing. */
    private void requireChromium() {
        if (Files.isExecutable(settings.chromium())) {
            return;
        }
        if (!settings.rootUser() || !Exec.onPath("apt-get")) {
            throw new Failure("Chromium is needed for the browser tests: apt-get install chromium (as root), or set CITYCOOP_CHROMIUM.");
        }
        say.accept("  installing Chromium for the browser tests (apt-get install chromium)");
        Path log = settings.logs().resolve("chromium-install.log");
        Map<String, String> environment = Map.of("DEBIAN_FRONTEND", "noninteractive");
        if (Exec.logged(List.of("apt-get", "update", "-qq"), environment, log) != 0
                || Exec.logged(List.of("apt-get", "install", "-y", "-qq", "chromium"), environment, log) != 0) {
            throw new Failure("could not install Chromium: see " + log);
        }
    }

    private int demoHistory(List<String> generatorArguments) {
        createFolders(settings);
        Build build = new Build(settings, say);
        build.ifNeeded();
        Path target = settings.root().resolve("shared/demo-history/target");
        if (!Files.isRegularFile(target.resolve("classpath.txt"))
                && build.maven(settings.logs().resolve("build.log"), "-B", "-DskipTests", "install", "-pl", "shared/demo-history", "-am") != 0) {
            throw new Failure("could not build the generator: see " + settings.logs().resolve("build.log"));
        }
        if (settings.externalKafka().isEmpty() && !Ports.inUse(Settings.KAFKA_PORT)) {
            throw new Failure("Kafka is not running: start the platform first (./citycoop up).");
        }
        String classpath;
        try {
            classpath = target.resolve("classes") + ":" + Files.readString(target.resolve("classpath.txt")).strip();
        } catch (IOException e) {
            throw new Failure("could not read " + target.resolve("classpath.txt") + ": " + e.getMessage());
        }
        // the generator's made-up year is marked as demo history: analytics-service applies it, the other services skip it
        List<String> command = new ArrayList<>(List.of(settings.java().toString(), "-Dlogback.configurationFile=demo-history-logback.xml", "-cp",
                classpath, "org.citycoop.demohistory.DemoHistory", "--bootstrap-servers", settings.kafkaBootstrap()));
        command.addAll(generatorArguments);
        return Exec.interactive(command, Map.of(), null);
    }
}
