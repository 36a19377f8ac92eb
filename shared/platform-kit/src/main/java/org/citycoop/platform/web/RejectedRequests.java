package org.citycoop.platform.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * What Spring Security's firewall refuses (encoded dots, slashes and percent signs, semicolons,
 * double slashes, control characters in the address) is a 400 {@code invalid-path} problem
 * detail, not the servlet container's error page.
 */
@RequiredArgsConstructor
public class RejectedRequests implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);

    private final ProblemResponses problems;

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        LOG.debug("refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
        problems.write(request, response, 400, "invalid-path", java.util.List.of());
    }
}
