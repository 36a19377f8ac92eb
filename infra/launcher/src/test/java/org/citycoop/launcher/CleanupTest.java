package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupTest {

    @TempDir
    Path state;

    private final List<String> said = new ArrayList<>();
    private final List<Process> others = new ArrayList<>();
    private final List<Long> pids = new ArrayList<>();

    @AfterEach
    void stopLeftovers() {
        others.forEach(Process::destroyForcibly);
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    private long start(Processes processes, Cleanup cleanup, String name) {
        long pid = processes.start(name, List.of("sleep", "300"), Map.of(), state.resolve(name + ".log"), cleanup);
        pids.add(pid);
        return pid;
    }

    @Test
    void whatThisRunStartedIsStoppedNewestFirstAndNothingElse() throws Exception {
        Process notOurs = new ProcessBuilder("sleep", "300").start();
        others.add(notOurs);
        Processes processes = new Processes(state.resolve("run"));
        Cleanup cleanup = new Cleanup(said::add);
        long kafka = start(processes, cleanup, "kafka");
        long identity = start(processes, cleanup, "identity-service");
        long merchant = start(processes, cleanup, "merchant-service");

        cleanup.stopAll("stopping what this run started");

        assertThat(said).containsExactly("stopping what this run started", "  stopped merchant-service (pid " + merchant + ")",
                "  stopped identity-service (pid " + identity + ")", "  stopped kafka (pid " + kafka + ")");
        assertThat(List.of(kafka, identity, merchant)).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
        assertThat(notOurs.isAlive()).isTrue();
        assertThat(state.resolve("run")).isEmptyDirectory();
    }

    @Test
    void theRecordedPidIsTheProgramItselfInASessionOfItsOwn() throws Exception {
        Processes processes = new Processes(state.resolve("run"));
        long pid = start(processes, new Cleanup(said::add), "web");

        assertThat(processes.pidOf("web")).contains(pid);
        // setsid becomes the program (it execs, it does not fork), so the pid stays the one recorded
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Processes.commandLine(pid)).isEqualTo("sleep 300 "));
        // in a session of its own: the launcher's Ctrl-C does not reach it; only the launcher's ordered stop does
        assertThat(ProcessHandle.current().pid()).isNotEqualTo(sessionOf(pid));
        assertThat(sessionOf(pid)).isEqualTo(pid);
    }

    @Test
    void aFinishedStartLeavesEverythingRunning() {
        Processes processes = new Processes(state.resolve("run"));
        Cleanup cleanup = new Cleanup(said::add);
        long pid = start(processes, cleanup, "kafka");
        cleanup.finished();

        cleanup.stopAll("stopping");

        assertThat(said).isEmpty();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
    }

    @Test
    void onceStoppingNothingMoreIsStarted() {
        Cleanup cleanup = new Cleanup(said::add);
        cleanup.stopAll("stopping");

        assertThatThrownBy(() -> start(new Processes(state.resolve("run")), cleanup, "web")).hasMessage("stopping; web not started");
    }

    @Test
    void aProcessIsOursOnlyWhileItsCommandLineCarriesTheMarker() throws Exception {
        Processes processes = new Processes(state.resolve("run"));
        start(processes, new Cleanup(said::add), "merchant-service");

        // a pid file naming a process that is not merchant-service's jar (a reused pid) is not ours: down leaves it alone
        assertThat(processes.running("merchant-service")).isFalse();
        processes.stop("merchant-service", said::add);
        assertThat(said).isEmpty();
        assertThat(ProcessHandle.of(pids.getFirst()).map(ProcessHandle::isAlive)).contains(true);
        assertThat(state.resolve("run/merchant-service.pid")).doesNotExist();
    }

    private static long sessionOf(long pid) throws Exception {
        Process ps = new ProcessBuilder("ps", "-o", "sid=", "-p", Long.toString(pid)).start();
        String out = new String(ps.getInputStream().readAllBytes()).strip();
        ps.waitFor(5, TimeUnit.SECONDS);
        return Long.parseLong(out);
    }
}
