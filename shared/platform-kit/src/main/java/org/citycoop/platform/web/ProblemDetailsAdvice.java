package org.citycoop.platform.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns Spring MVC's own errors (bad JSON, missing parameters, wrong media type, 404) into problem
 * details, and anything unexpected into a 500 problem with a reference for the logs, never
 * internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = java.util.UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote reference " + reference + " when you report it.");
        problem.setType(URI.create("urn:citycoop:problem:internal"));
        problem.setProperty("reference", reference);
        return problem;
    }
}
