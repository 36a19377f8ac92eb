package org.citycoop.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a service's test context at a fresh database and the shared broker of {@link RealInfrastructure}. */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String service = context.getEnvironment().getProperty("spring.application.name", "service");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("citycoop-real-infrastructure", RealInfrastructure.serviceProperties(service)));
    }
}
