package org.citycoop.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./citycoop}: starts, stops and tests the whole platform on this machine. The shim has
 * found a JDK 25 and compiled this (plain JDK, no libraries), so it runs before any build.
 */
public final class Main {

    private Main() {}

    public static void main(String[] arguments) {
        int exitCode;
        try {
            Command command = Command.parse(List.of(arguments));
            Path root = Path.of(System.getProperty("citycoop.root", ".")).toAbsolutePath().normalize();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            boolean rootUser = "root".equals(System.getProperty("user.name"));
            Settings settings = Settings.from(root, System.getenv(), java, rootUser);
            exitCode = new Launcher(settings, System.out::println).run(command);
        } catch (Failure failure) {
            if (failure.getMessage() != null) {
                System.err.println("citycoop: " + failure.getMessage());
            }
            exitCode = failure.exitCode();
        }
        System.out.flush();
        System.exit(exitCode);
    }
}
