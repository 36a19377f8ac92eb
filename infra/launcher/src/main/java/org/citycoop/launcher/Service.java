package org.citycoop.launcher;

import java.nio.file.Path;
import java.util.List;

/** One of the seven services: its name, its port, its database. {@link #ALL} is the start order. */
record Service(String name, int port) {

    static final List<Service> ALL = List.of(new Service("identity-service", 9000), new Service("merchant-service", 8081),
            new Service("voucher-service", 8082), new Service("redemption-service", 8083), new Service("points-service", 8084),
            new Service("analytics-service", 8085), new Service("web", 8080));

    /** {@code citycoop_merchant} for merchant-service, {@code citycoop_web} for web. */
    String database() {
        String context = name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
        return "citycoop_" + context.replace('-', '_');
    }

    Path jar(Path root) {
        return root.resolve("services").resolve(name).resolve("target").resolve(jarName());
    }

    String jarName() {
        return name + "-" + Settings.VERSION + "-exec.jar";
    }

    static Service named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
    }
}
