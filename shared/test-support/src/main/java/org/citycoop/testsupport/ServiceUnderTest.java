package org.citycoop.testsupport;

import java.net.http.HttpResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a service's {@code *IT} has at hand, declared once: the service on its random port, spoken to over HTTP as a
 * client would, and the service's own database. A {@link ServiceIntegrationTest} (inherited): a subclass need not say
 * so again, only add its own properties.
 */
@ServiceIntegrationTest
public abstract class ServiceUnderTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** The service over real HTTP. */
    protected ServiceHttp http() {
        return ServiceHttp.on(port);
    }

    /** A call with a bearer token (or none), a JSON body (or none) and an Accept-Language. */
    protected HttpResponse<String> call(String method, String path, String token, String body, String language) {
        return http().call(method, path, token, body, language);
    }

    /** The one number a query answers (a count, a balance, a sum). */
    protected long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
