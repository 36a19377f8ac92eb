package org.citycoop.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run as its own operating-system process with the test's class path, so a test can
 * kill it as an operator's {@code kill -9} would (no shutdown hooks, no closing of connections) and
 * start it again. Output goes to a log file the failure messages name.
 */
public final class SeparateJvm implements AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;

    private SeparateJvm(String name, List<String> command, Path log) {
        this.name = name;
        this.command = command;
        this.log = log;
    }

    /** Starts {@code mainClass} with the JVM running the test and its class path. */
    public static SeparateJvm start(String name, String mainClass, List<String> jvmOptions, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("cannot tell which java runs the test")));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        SeparateJvm jvm = new SeparateJvm(name, List.copyOf(command), log);
        jvm.start();
        return jvm;
    }

    /** Starts the program again with the same command (after {@link #kill} or {@link #stop}). */
    public void start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs the program to its end (a tool, not a server) and fails unless it exits with 0 within {@code limit}. */
    public static void run(String name, String mainClass, List<String> jvmOptions, List<String> arguments, Path log, Duration limit) {
        SeparateJvm tool = start(name, mainClass, jvmOptions, arguments, log);
        try {
            if (!tool.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                tool.kill();
                throw new IllegalStateException(name + " did not finish within " + limit + ": see " + log);
            }
            if (tool.process.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + tool.process.exitValue() + ": see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the program to end by itself and returns its exit code; fails when it still runs after {@code limit}. */
    public int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new IllegalStateException(name + " still ran after " + limit + ": see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, then waits until the process is gone. */
    public void kill() {
        end(true);
    }

    /** SIGTERM (shutdown hooks run), then waits until the process is gone. */
    public void stop() {
        end(false);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        kill();
    }
}
