package org.citycoop.platform.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors the servlet container answers itself, as problem details too: Tomcat's own refusals
 * (an address it cannot decode such as {@code %2F}, a bad request line) by replacing its HTML error
 * report on the host, and whatever reaches {@code /error} (a {@code sendError} anywhere) by the
 * error controller. Never Tomcat's or Spring Boot's HTML page.
 */
public final class ContainerErrors {

    private ContainerErrors() {
    }

    /** Puts {@link ProblemReport} in place of Tomcat's {@link ErrorReportValve} (after Spring Boot added its own). */
    public static WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcat(ProblemResponses problems) {
        class ProblemReportOnTheHost implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Container host = context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemReport(problems));
                    if (host instanceof StandardHost standard) {
                        standard.setErrorReportValveClass(ProblemReport.class.getName()); // so the host adds no HTML report of its own
                    }
                });
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        }
        return new ProblemReportOnTheHost();
    }

    /** Tomcat's error report, as a problem detail. */
    public static final class ProblemReport extends ErrorReportValve {

        private final ProblemResponses problems;

        public ProblemReport(ProblemResponses problems) {
            this.problems = problems;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                problems.write(request, response, status);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was committed meanwhile: nothing more to say
            }
        }
    }

    /** {@code /error}: what a {@code sendError} leads to, as a problem detail with the status it was sent with. */
    @org.springframework.stereotype.Controller
    public static class ProblemErrorController implements ErrorController {

        private final ProblemResponses problems;

        public ProblemErrorController(ProblemResponses problems) {
            this.problems = problems;
        }

        @RequestMapping("${server.error.path:${error.path:/error}}")
        public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            problems.write(request, response, status instanceof Integer code && code >= 400 ? code : 500);
        }
    }
}
