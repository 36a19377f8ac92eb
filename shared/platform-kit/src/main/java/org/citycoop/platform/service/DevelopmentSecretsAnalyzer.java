package org.citycoop.platform.service;

import org.citycoop.platform.service.DevelopmentSecrets.DevelopmentSecretsRefused;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@link DevelopmentSecretsRefused} as its one line and what to do, without a stack trace. */
public final class DevelopmentSecretsAnalyzer extends AbstractFailureAnalyzer<DevelopmentSecretsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentSecretsRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Give each named setting its own secret (keys: 32 random bytes in base64, e.g. head -c 32 /dev/urandom | base64; "
                        + "the web client secret the same in identity-service and web), see docs/security.md.",
                cause);
    }
}
