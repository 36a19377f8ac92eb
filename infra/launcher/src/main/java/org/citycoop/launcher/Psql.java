package org.citycoop.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A psql invocation: SQL comes on stdin and values only as {@code -v name=value} variables, which
 * the SQL uses as {@code :'name'} (a literal) or {@code :"name"} (an identifier); psql quotes them.
 * No value is ever pasted into SQL text, and the external server's password travels in PGPASSWORD.
 */
record Psql(List<String> command, Map<String, String> environment) {

    private static final List<String> OPTIONS = List.of("-X", "-q", "-v", "ON_ERROR_STOP=1", "-tA");

    /** As the server's administrator: the local postgres user (root: runuser; otherwise sudo -n), or the external URL's user. */
    static Psql admin(Settings settings, String database) {
        List<String> command = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        if (settings.externalPostgres().isPresent()) {
            PostgresUrl url = settings.externalPostgres().get();
            PostgresUrl target = database == null ? url : url.withDatabase(database);
            command.add("psql");
            command.add(target.withoutPassword());
            command.addAll(OPTIONS);
            if (url.password() != null) {
                environment.put("PGPASSWORD", url.password());
            }
        } else {
            command.addAll(settings.rootUser() ? List.of("runuser", "-u", "postgres", "--") : List.of("sudo", "-n", "-u", "postgres"));
            command.add("psql");
            command.addAll(OPTIONS);
            if (database != null) {
                command.add("-d");
                command.add(database);
            }
        }
        return new Psql(List.copyOf(command), Map.copyOf(environment));
    }

    /** The same invocation with one more variable. */
    Psql with(String name, String value) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a psql variable name: " + name);
        }
        List<String> command = new ArrayList<>(this.command);
        command.add("-v");
        command.add(name + "=" + value);
        return new Psql(List.copyOf(command), environment);
    }

    Exec.Result run(String sql) {
        return Exec.run(command, environment, sql);
    }
}
