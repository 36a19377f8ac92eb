package org.citycoop.platform.web;

import org.citycoop.platform.refusal.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import lombok.RequiredArgsConstructor;

/**
 * A use case's {@link Refused} answered with the problem detail its feature's {@link RefusalProblems} maps it to, rendered
 * like every {@link RequestRejected} (same texts in the caller's language, same fields). Ahead of the catch-all of
 * {@link ProblemDetailsAdvice}; a refusal no feature maps is a 500 with a reference, as any unexpected error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
public class RefusedAnswers {

    private final ObjectProvider<RefusalProblems<?>> features;
    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        return features.orderedStream().filter(feature -> feature.refusals().isInstance(refused.refusal())).findFirst()
                .map(feature -> problems.rejected(problemOf(feature, refused.refusal())))
                .orElseGet(() -> ResponseEntity.internalServerError().body(problems.unexpected(refused)));
    }

    private static <R> RequestRejected problemOf(RefusalProblems<R> feature, Object refusal) {
        return feature.problem(feature.refusals().cast(refusal));
    }
}
