package org.citycoop.platform;

import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Binds a settings record from plain properties as a service binds it at its start: Spring Boot's {@link Binder}
 * (relaxed names, {@code 14d}, {@code 1MB}), defaults when nothing is set, and Bean Validation when the record is
 * {@link Validated}. A bad value throws {@link BindException}; {@link #refusal} is what the failed start says.
 * (test-support's {@code BoundSettings} does the same for the services; the kit's own tests cannot use it, as
 * test-support depends on the kit.)
 */
public final class SettingsBinding {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private SettingsBinding() {
    }

    public static <T> T bind(String prefix, Class<T> settings, Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        BindHandler handler = settings.isAnnotationPresent(Validated.class)
                ? new ValidationBindHandler(new SpringValidatorAdapter(VALIDATOR))
                : BindHandler.DEFAULT;
        return binder.bindOrCreate(prefix, Bindable.of(settings), handler);
    }

    /** What a start with {@code properties} is refused with: the failed prefix and the root cause (property, value, rule). */
    public static String refusal(String prefix, Class<?> settings, Map<String, String> properties) {
        try {
            bind(prefix, settings, properties);
        } catch (BindException refused) {
            Throwable root = refused;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return refused.getMessage() + "\n" + root.getMessage();
        }
        throw new AssertionError("bound without a refusal: " + properties);
    }
}
