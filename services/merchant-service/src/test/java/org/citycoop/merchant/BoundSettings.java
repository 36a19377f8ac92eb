package org.citycoop.merchant;

import java.util.Map;

import jakarta.validation.Validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** Binds a settings record from properties as the application does at startup: with its defaults, converted and validated. */
public final class BoundSettings {

    private BoundSettings() {
    }

    /**
     * {@code type} bound under its {@code @ConfigurationProperties} prefix from {@code properties}; a missing or
     * out-of-range value throws a {@code BindException} whose cause names the property.
     */
    public static <T> T bind(Class<T> type, Map<String, String> properties) {
        String prefix = MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix");
        ValidationBindHandler validating = new ValidationBindHandler(
                new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, Bindable.of(type), validating);
    }
}
