package org.citycoop.platform;

import java.util.Map;

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
 * {@link Validated}. A bad value throws {@link org.springframework.boot.context.properties.bind.BindException}.
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
}
