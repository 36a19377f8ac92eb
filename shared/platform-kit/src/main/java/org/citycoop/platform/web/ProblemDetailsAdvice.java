package org.citycoop.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Every error as an RFC 9457 problem detail in the caller's language (de, sl, hu, en): invalid
 * fields listed with what is wrong with each, unreadable JSON with the field at fault, the
 * service's own {@link RequestRejected}, and anything unexpected as a 500 with a reference for the
 * logs, never internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource messages;
    private final long maxRequestBytes;

    public ProblemDetailsAdvice(MessageSource messages, WebSettings settings) {
        this.messages = messages;
        this.maxRequestBytes = settings.maxRequestSize().toBytes();
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejected rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(rejected.status(), rejected.type(), locale, rejected.args());
        if (!rejected.violations().isEmpty()) {
            problem.setProperty("errors", rejected.violations().stream()
                    .map(v -> Map.of("field", v.field(), "code", v.code(), "message", messages.getMessage(v.code(), v.args(), v.code(), locale)))
                    .toList());
        }
        return ResponseEntity.status(rejected.status()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "code", String.valueOf(error.getCode()),
                        "message", messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (RequestSizeLimit.causedBy(ex)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close")
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", locale, maxRequestBytes));
        }
        if (ex.getCause() instanceof StorableStrings.UnstorableText unstorable) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", locale);
            String field = pathOf(unstorable);
            problem.setProperty("errors", List.of(Map.of("field", field, "code", StorableText.CODE,
                    "message", messages.getMessage(StorableText.CODE, null, StorableText.CODE, locale))));
            return ResponseEntity.badRequest().body(problem);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", locale);
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String path = pathOf(databind);
            problem.setDetail(messages.getMessage("problem.unreadable.field", new Object[] {path}, locale));
            problem.setProperty("field", path);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** {@code lines[2].text} for the field a JSON reading failed at. */
    private static String pathOf(DatabindException databind) {
        String field = databind.getPathReference().replaceAll("^[^\\[]*\\[\"?|\"?\\]$", "");
        return databind.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? StorableText.shown(ref.getPropertyName()) : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(field);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        String field = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        problem.setProperty("errors", List.of(Map.of("field", field, "code", "typeMismatch",
                "message", messages.getMessage("typeMismatch", null, "has the wrong type or format", locale))));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", LocaleContextHolder.getLocale(), reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String type, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + type + ".detail", args, type, locale));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
        problem.setType(URI.create("urn:citycoop:problem:" + type));
        return problem;
    }
}
