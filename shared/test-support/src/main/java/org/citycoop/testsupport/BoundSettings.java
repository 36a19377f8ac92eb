package org.citycoop.testsupport;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * A settings record bound as the service binds it at start, without a container: from the given
 * properties, with its defaults, validated; a bad value throws, and {@link #refusal} is what the
 * failed start says.
 */
public final class BoundSettings {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private BoundSettings() {
    }

    /** {@code type} bound under its {@code @ConfigurationProperties} prefix from {@code properties}. */
    public static <T> T bind(Class<T> type, Map<String, String> properties) {
        ConfigurationProperties annotation = AnnotationUtils.findAnnotation(type, ConfigurationProperties.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type + " is not a @ConfigurationProperties type");
        }
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return binder.bindOrCreate(annotation.prefix(), Bindable.of(type), new ValidationBindHandler(new SpringValidatorAdapter(VALIDATOR)));
    }

    /**
     * What a start that failed to bind says about {@code failure}, as Spring Boot's failure analysis reports it: the
     * failed prefix and the root cause (the validation errors with each property's origin, or the message a record's
     * constructor refused the values with).
     */
    public static String refusal(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return failure.getMessage() + "\n" + root.getMessage();
    }
}
