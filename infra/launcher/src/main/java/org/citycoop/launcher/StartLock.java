package org.citycoop.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One launcher at a time changes a state folder: {@code up}, {@code down} and {@code reset} hold a
 * lock on {@code run/launcher.lock} while they run. The operating system drops it when the process
 * ends, however it ends, so a crashed run never leaves a stale lock.
 */
final class StartLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StartLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StartLock take(Path run, String command) {
        Path file = run.resolve("launcher.lock");
        try {
            Files.createDirectories(run);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file).strip();
                channel.close();
                throw new Failure("another ./citycoop " + (holder.isEmpty() ? "run" : holder) + " is running in " + run.getParent()
                        + "; wait for it to finish (or stop it) and run ./citycoop " + command + " again.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((command + " (pid " + ProcessHandle.current().pid() + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new StartLock(channel, lock);
        } catch (IOException e) {
            throw new Failure("could not lock " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
