package org.citycoop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Builds the platform when a service jar is missing or older than a source it is built from. */
final class Build {

    private static final Set<String> SOURCE_ENDINGS = Set.of(".java", ".sql", ".yml", ".properties", ".json", ".html");

    private final Settings settings;
    private final Consumer<String> say;

    Build(Settings settings, Consumer<String> say) {
        this.settings = settings;
        this.say = say;
    }

    /** Why a build is needed ("missing web-0.1.0-SNAPSHOT-exec.jar"), or empty when every jar is newer than every source. */
    static Optional<String> staleness(Path root, List<Service> services) {
        for (Service service : services) {
            Path jar = service.jar(root);
            if (!Files.isRegularFile(jar)) {
                return Optional.of("missing " + jar.getFileName());
            }
            FileTime built = modified(jar);
            if (newerSource(root, built)) {
                return Optional.of("sources newer than " + jar.getFileName());
            }
        }
        return Optional.empty();
    }

    private static boolean newerSource(Path root, FileTime than) {
        for (String top : List.of("services", "shared")) {
            try (Stream<Path> files = Files.walk(root.resolve(top))) {
                if (files.filter(p -> !p.toString().contains("/target/")).filter(Build::isSource).anyMatch(p -> modified(p).compareTo(than) > 0)) {
                    return true;
                }
            } catch (IOException | UncheckedIOException e) {
                return true;
            }
        }
        return false;
    }

    static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return name.equals("pom.xml") || SOURCE_ENDINGS.stream().anyMatch(name::endsWith) && Files.isRegularFile(file);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    void ifNeeded() {
        Optional<String> stale = staleness(settings.root(), Service.ALL);
        if (stale.isEmpty()) {
            return;
        }
        Path log = settings.logs().resolve("build.log");
        say.accept("  building (" + stale.get() + "); the log is " + log);
        long started = System.nanoTime();
        int exit = maven(log, "-B", "-DskipTests", "-Dmaven.javadoc.skip=true", "install");
        if (exit != 0) {
            try {
                List<String> lines = Files.readAllLines(log);
                lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(System.err::println);
            } catch (IOException ignored) {
                // the message names the log
            }
            throw new Failure("the build failed: see " + log);
        }
        say.accept("  built in " + (System.nanoTime() - started) / 1_000_000_000L + " s");
    }

    /** ./mvnw with the given arguments, its output (replacing the log's) in LOG. */
    int maven(Path log, String... arguments) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // appended to instead
        }
        List<String> command = Stream.concat(Stream.of(settings.root().resolve("mvnw").toString()), Stream.of(arguments)).toList();
        return Exec.logged(command, Launcher.javaHome(settings), log, settings.root());
    }
}
