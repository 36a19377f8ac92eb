package org.citycoop.launcher;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which TCP ports something listens on, and who (ss, as the bash launcher asked it). */
final class Ports {

    private static final Pattern OWNER = Pattern.compile("users:\\(\\(\"([^\"]*)\",pid=([0-9]+)");

    private Ports() {}

    static boolean inUse(int port) {
        return !Exec.run("ss", "-Hltn", "sport = :" + port).output().isBlank();
    }

    /** "python3 (pid 4711)", or empty when ss does not say (another user's process). */
    static String owner(int port) {
        return ownerIn(Exec.run("ss", "-Hltnp", "sport = :" + port).output()).orElse("");
    }

    static Optional<String> ownerIn(String ssOutput) {
        Matcher matcher = OWNER.matcher(ssOutput);
        return matcher.find() ? Optional.of(matcher.group(1) + " (pid " + matcher.group(2) + ")") : Optional.empty();
    }

    /** The words every "port in use" message ends with. */
    static String busy(int port, String what) {
        return "port " + port + " (" + what + ") is in use by " + owner(port);
    }
}
