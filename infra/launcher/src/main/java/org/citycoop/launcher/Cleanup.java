package org.citycoop.launcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What this run of {@code up} started, in order, so that a start that fails half-way, or is stopped
 * with Ctrl-C or SIGTERM, stops exactly that, newest first: the services, Kafka, PostgreSQL if
 * this run started it. What an earlier run started, or anything else, is never touched.
 */
final class Cleanup {

    /** Starts something and returns its pid. */
    interface Start {
        long start() throws IOException;
    }

    private record Started(String name, Runnable stop) {}

    /** Programs the launcher waits for (a build, psql), ended with it when it is stopped. */
    private static final Set<Process> FOREGROUND = ConcurrentHashMap.newKeySet();

    private final List<Started> started = new ArrayList<>();
    private final Consumer<String> say;
    private boolean stopping;
    private boolean finished;

    Cleanup(Consumer<String> say) {
        this.say = say;
    }

    static void foreground(Process process) {
        FOREGROUND.add(process);
        process.onExit().thenRun(() -> FOREGROUND.remove(process));
    }

    /** Stops what was started when the JVM is told to stop (Ctrl-C, SIGTERM) before {@link #finished()}. */
    Cleanup onShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll("citycoop: stopped while starting; stopping what this run started"), "citycoop-cleanup"));
        return this;
    }

    /**
     * Starts a process and remembers it, unless stopping has begun. Starting and remembering happen
     * under one lock, so a Ctrl-C arriving meanwhile still finds the new process; AFTER_STOP runs once it is stopped.
     */
    synchronized long starting(String name, Start start, Runnable afterStop) {
        if (stopping) {
            throw new Failure("stopping; " + name + " not started");
        }
        long pid;
        try {
            pid = start.start();
        } catch (IOException e) {
            throw new Failure("could not start " + name + ": " + e.getMessage());
        }
        started.add(new Started(name, () -> {
            Processes.stopPid(name, pid, java.time.Duration.ofSeconds(30), say);
            afterStop.run();
        }));
        return pid;
    }

    /** Remembers something started another way (PostgreSQL) and how to stop it. */
    synchronized void started(String name, Runnable stop) {
        started.add(new Started(name, stop));
    }

    /** The start succeeded: what was started stays running. */
    synchronized void finished() {
        finished = true;
    }

    synchronized boolean stopping() {
        return stopping;
    }

    synchronized List<String> names() {
        return started.stream().map(Started::name).toList();
    }

    /** Stops what this run started, newest first; a second call does nothing. */
    void stopAll(String headline) {
        List<Started> toStop;
        synchronized (this) {
            if (finished || stopping) {
                stopping = true;
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(started.reversed());
        }
        for (Process process : FOREGROUND) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        if (toStop.isEmpty()) {
            return;
        }
        say.accept(headline);
        for (Started step : toStop) {
            try {
                step.stop().run();
            } catch (RuntimeException e) {
                say.accept("  could not stop " + step.name() + ": " + e.getMessage());
            }
        }
    }
}
