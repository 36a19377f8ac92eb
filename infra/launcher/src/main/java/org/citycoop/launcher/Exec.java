package org.citycoop.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a program to its end without a shell: arguments are passed as they are, never re-parsed. */
final class Exec {

    /** What a finished program said (stdout and stderr together) and its exit code. */
    record Result(int exitCode, String output) {

        boolean ok() {
            return exitCode == 0;
        }

        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Exec() {}

    static Result run(List<String> command, Map<String, String> environment, String input) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Cleanup.foreground(process);
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the program ended before reading everything; its exit code says why
            }
            String output;
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            return new Result(127, command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while running " + command.getFirst());
        }
    }

    static Result run(String... command) {
        return run(List.of(command), Map.of(), null);
    }

    /** Runs a program with its output appended to a log file; returns its exit code. */
    static int logged(List<String> command, Map<String, String> environment, Path log) {
        return logged(command, environment, log, null);
    }

    /** The same, run in DIRECTORY (Maven finds the project from where it runs). */
    static int logged(List<String> command, Map<String, String> environment, Path log, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(directory == null ? null : directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return waitFor(builder, command);
    }

    /** Runs a program on this terminal (stdin, stdout and stderr are the launcher's); returns its exit code. */
    static int interactive(List<String> command, Map<String, String> environment, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO().directory(directory == null ? null : directory.toFile());
        builder.environment().putAll(environment);
        return waitFor(builder, command);
    }

    private static int waitFor(ProcessBuilder builder, List<String> command) {
        try {
            Process process = builder.start();
            Cleanup.foreground(process);
            return process.waitFor();
        } catch (IOException e) {
            throw new Failure("could not run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while running " + command.getFirst());
        }
    }

    /** Whether a program of that name is on the PATH (the bash's command -v). */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
