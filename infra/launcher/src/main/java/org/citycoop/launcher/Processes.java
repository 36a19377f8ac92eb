package org.citycoop.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The long-running processes the launcher starts (Kafka, the services): each has a pid file in the
 * state folder, and counts as ours only while that pid's command line still carries its marker, so a
 * reused pid is never stopped.
 */
final class Processes {

    private final Path run;

    Processes(Path run) {
        this.run = run;
    }

    /** What the command line of our process NAME contains: the main class or the jar. */
    static String marker(String name) {
        return name.equals("kafka") ? "kafka.Kafka" : name + "-" + Settings.VERSION + "-exec.jar";
    }

    Optional<Long> pidOf(String name) {
        Path file = run.resolve(name + ".pid");
        try {
            return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean running(String name) {
        return pidOf(name).filter(pid -> commandLine(pid).contains(marker(name))).isPresent();
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Starts NAME in a session of its own (as nohup did: a closed terminal or a Ctrl-C does not reach
     * it; the launcher stops it by pid), output appended to its log, and records its pid.
     */
    long start(String name, List<String> command, Map<String, String> environment, Path log, Cleanup cleanup) {
        List<String> detached = new ArrayList<>();
        if (Exec.onPath("setsid")) {
            detached.add("setsid");
        }
        detached.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(detached).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Path pidFile = run.resolve(name + ".pid");
        return cleanup.starting(name, () -> {
            Process process = builder.start();
            Files.createDirectories(run);
            Files.writeString(pidFile, process.pid() + "\n");
            return process.pid();
        }, () -> deletePidFile(pidFile));
    }

    /** Stops our process NAME: TERM, up to 30 s, then KILL; says so. Not ours (or not running): only the pid file goes. */
    void stop(String name, Consumer<String> say) {
        Optional<Long> pid = pidOf(name);
        if (running(name)) {
            stopPid(name, pid.orElseThrow(), Duration.ofSeconds(30), say);
        }
        deletePidFile(run.resolve(name + ".pid"));
    }

    private static void deletePidFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a pid file that cannot be deleted names a process that is gone: running() says so
        }
    }

    static void stopPid(String name, long pid, Duration patience, Consumer<String> say) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        handle.get().destroy();
        if (!exitsWithin(handle.get(), patience)) {
            say.accept("  " + name + " did not stop within " + patience.toSeconds() + " s, killing it");
            handle.get().destroyForcibly();
            handle.get().onExit().join();
        }
        say.accept("  stopped " + name + " (pid " + pid + ")");
    }

    /** Whether {@code process} has ended within {@code patience} (told by the operating system, no polling). */
    private static boolean exitsWithin(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            return false;
        } catch (java.util.concurrent.ExecutionException unexpected) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }
}
