package org.citycoop.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/**
 * Sheds writes while the service cannot keep up: when the events committed but not yet handed to
 * Kafka (the outbox senders' queue) reach {@code citycoop.web.shed-at} of its capacity, a request that
 * would change something gets 503 with {@code Retry-After} before any work is done, in the caller's
 * language. Reads pass. A till retries with the same Idempotency-Key, so nothing is lost or done
 * twice; without this, overload piled events up in memory until the heap ran out
 * (docs/performance.md, checkout).
 */
@RequiredArgsConstructor
public class LoadShedding extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Supplier<ThreadPoolExecutor> senders;
    private final double shedAt;
    private final MessageSource messages;
    private final JsonMapper json;

    /** Whether the senders' queue is at the threshold. */
    boolean busy() {
        ThreadPoolExecutor pool = senders.get();
        int waiting = pool.getQueue().size();
        int capacity = waiting + pool.getQueue().remainingCapacity();
        return waiting >= capacity * shedAt;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READS.contains(request.getMethod()) || !busy()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = org.citycoop.platform.security.SecurityProblems.languageOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("problem.busy.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.busy.title", null, locale));
        problem.setType(URI.create("urn:citycoop:problem:busy"));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
