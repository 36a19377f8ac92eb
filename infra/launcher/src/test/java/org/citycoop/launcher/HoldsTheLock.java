package org.citycoop.launcher;

import java.nio.file.Path;

/** Another launcher holding the state folder's lock: takes it, says so, and keeps it until its stdin closes. */
public final class HoldsTheLock {

    private HoldsTheLock() {}

    public static void main(String[] arguments) throws Exception {
        try (StartLock _ = StartLock.take(Path.of(arguments[0]), "up")) {
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
    }
}
