package org.citycoop.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One service started as it runs in production (its own database, the shared broker), inside the test JVM. */
public final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts {@code application} with a fresh database and the shared broker; {@code extra} settings win. */
    public static RunningService start(Class<?> application, String serviceName, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(RealInfrastructure.serviceProperties(serviceName));
        properties.put("server.port", 0);
        properties.putAll(extra);
        // as command-line arguments, so they take precedence as a deployment's settings would
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningService(new SpringApplicationBuilder(application).run(args));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The HTTP port the service listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
