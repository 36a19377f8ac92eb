package org.citycoop.merchant;

import java.util.Map;

import jakarta.validation.Validation;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** Binds a settings record from properties as the application does at startup: with its defaults, converted and validated. */
public final class BoundSettings {

    private BoundSettings() {
    }

    /** The settings under {@code prefix} from {@code properties}; a value out of range throws a {@code BindException}. */
    public static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
        ValidationBindHandler validating = new ValidationBindHandler(
                new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, Bindable.of(type), validating);
    }
}
