package org.citycoop.redemption;

import java.net.http.HttpResponse;
import java.util.Map;

import org.citycoop.testsupport.ServiceUnderTest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.json.JsonMapper;

/** What redemption-service's ITs share: the service's JSON mapper and the key voucher codes are hashed with. */
public abstract class RedemptionServiceIT extends ServiceUnderTest {

    @Autowired
    protected JsonMapper json;

    /** Vouchers are found by their code's keyed hash, never by the code. */
    @Value("${citycoop.voucher-codes.hash-key}")
    protected String hashKey;

    /** A POST with a bearer token, a JSON body, the given Idempotency-Key (or none) and an Accept-Language. */
    protected HttpResponse<String> post(String path, String token, String body, @Nullable String key, String language) {
        return http().call("POST", path, token, body, language, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }
}
