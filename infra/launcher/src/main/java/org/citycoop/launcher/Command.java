package org.citycoop.launcher;

import java.util.List;

/** What the command line asks for: one record per command, checked before anything runs. */
sealed interface Command {

    String USAGE = """
            citycoop: start, stop and test the whole platform on this machine.

              ./citycoop up [--no-demo]   build what is not built, start PostgreSQL, Kafka and the seven services, load demo data
              ./citycoop down             stop what `up` started (and nothing else); data stays
              ./citycoop reset --yes      after down: delete the platform's data (its databases and Kafka's log) to start afresh
              ./citycoop status           what runs, where, and whether it is healthy
              ./citycoop logs [NAME] [-f] the last lines of one process's log (or all), -f to follow
              ./citycoop test [ARGS]      run every test (unit and integration) on real PostgreSQL and Kafka
              ./citycoop doctor           check the prerequisites only
              ./citycoop demo-history [--scale S] [--year YYYY] [--seed N]
                                          a realistic year of the network for the dashboards (after up; analytics-service only)
            """;

    record Up(boolean demo) implements Command {}

    record Down() implements Command {}

    record Reset() implements Command {}

    record Status() implements Command {}

    record Logs(String name, boolean follow) implements Command {}

    record Test(List<String> mavenArguments) implements Command {}

    record Doctor() implements Command {}

    record DemoHistory(List<String> generatorArguments) implements Command {}

    /** No command, or one not known: the usage, with exit code 0 (none given) or 2 (unknown). */
    record Usage(int exitCode) implements Command {}

    /** Reads the arguments as the bash launcher did: options it does not know fail with the same words. */
    static Command parse(List<String> arguments) {
        if (arguments.isEmpty()) {
            return new Usage(0);
        }
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.getFirst()) {
            case "up" -> {
                boolean demo = true;
                for (String argument : rest) {
                    if (!argument.equals("--no-demo")) {
                        throw new Failure("unknown option for up: " + argument + " (try --no-demo)");
                    }
                    demo = false;
                }
                yield new Up(demo);
            }
            case "down" -> new Down();
            case "reset" -> {
                if (rest.isEmpty() || !rest.getFirst().equals("--yes")) {
                    throw new Failure("reset deletes every citycoop database and Kafka's data; run ./citycoop reset --yes to do it.");
                }
                yield new Reset();
            }
            case "status" -> new Status();
            case "logs" -> {
                String name = null;
                boolean follow = false;
                for (String argument : rest) {
                    if (argument.equals("-f") || argument.equals("--follow")) {
                        follow = true;
                    } else {
                        name = argument;
                    }
                }
                yield new Logs(name, follow);
            }
            case "test" -> new Test(List.copyOf(rest));
            case "doctor" -> new Doctor();
            case "demo-history" -> new DemoHistory(List.copyOf(rest));
            default -> new Usage(2);
        };
    }
}
