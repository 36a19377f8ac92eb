package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start command as a new user meets it: what is missing or in the way is said in one line,
 * without a stack trace, and nothing is started. Runs ./citycoop with its own state folder, so it
 * never touches a platform that may be running on this machine.
 */
class CitycoopCommandIT {

    @TempDir
    Path state;

    @Test
    void withoutJdk25ItSaysSoInOneLine() throws Exception {
        Path emptyJvmDir = Files.createDirectories(state.resolve("no-jvms"));
        Result result = citycoop(Map.of("CITYCOOP_JVM_DIR", emptyJvmDir.toString(), "JAVA_HOME", ""), "up");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("citycoop: JDK 25 not found"));
        assertThat(state.resolve("run")).doesNotExist();
    }

    @Test
    void anOccupiedPortIsNamedWithWhatHoldsItAndNothingStarts() throws Exception {
        int port = 8085; // analytics-service's port
        try (ServerSocket squatter = tryBind(port)) {
            Result result = citycoop(Map.of(), "up", "--no-demo");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr()).contains("port 8085 (analytics-service) is in use by");
            assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(result.stdout()).doesNotContain("Starting citycoop");
            // no pid file, no PostgreSQL marker: only the launcher's lock file, held while a command runs
            assertThat(state.resolve("run").toFile().list((folder, name) -> !name.equals("launcher.lock"))).isEmpty();
        }
    }

    @Test
    void anUnknownCommandShowsTheUsage() throws Exception {
        Result result = citycoop(Map.of(), "launch");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).contains("./citycoop up").contains("./citycoop test");
    }

    @Test
    void logsOfAnUnknownProcessSayWhichExist() throws Exception {
        Files.createDirectories(state.resolve("logs"));
        Files.writeString(state.resolve("logs/merchant-service.log"), "started\n");
        Result result = citycoop(Map.of(), "logs", "merchant");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr().strip()).isEqualTo("citycoop: no log for 'merchant'; there are: merchant-service");
    }

    /** Binds the port, or, when something already listens there (a running platform), leaves it to that. */
    private static ServerSocket tryBind(int port) throws IOException {
        try {
            return new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
        } catch (IOException alreadyTaken) {
            return new ServerSocket();
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private Result citycoop(Map<String, String> environment, String... args) throws Exception {
        Path root = repositoryRoot();
        var command = new java.util.ArrayList<String>();
        command.add(root.resolve("citycoop").toString());
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("CITYCOOP_HOME", state.toString());
        environment.forEach((k, v) -> {
            if (v.isEmpty()) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Path out = state.resolve("out.txt");
        Path err = state.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("citycoop finished within 60 s").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("citycoop"))) {
            here = here.getParent();
        }
        assertThat(here).as("repository root with ./citycoop").isNotNull();
        return here;
    }
}
