package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartLockTest {

    @TempDir
    Path state;

    @Test
    void aSecondStartWhileAnotherLauncherRunsIsRefusedWithWhoHoldsIt() throws Exception {
        Path run = state.resolve("run");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldsTheLock.class.getName(), run.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream()));
            assertThat(said.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> StartLock.take(run, "up")).isInstanceOf(Failure.class)
                    .hasMessageStartingWith("another ./citycoop up (pid " + other.pid() + ", since ")
                    .hasMessageEndingWith("is running in " + state + "; wait for it to finish (or stop it) and run ./citycoop up again.");
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        try (StartLock _ = StartLock.take(run, "up")) {
            assertThat(run.resolve("launcher.lock")).content().contains("up (pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void theLockIsFreeAgainOnceReleased() {
        Path run = state.resolve("run");
        StartLock.take(run, "down").close();

        try (StartLock _ = StartLock.take(run, "up")) {
            assertThatThrownBy(() -> StartLock.take(run, "down")).hasMessageContaining("another ./citycoop up (pid ");
        }
    }
}
