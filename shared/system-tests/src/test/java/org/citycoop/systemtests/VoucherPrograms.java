package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citycoop.testsupport.ServiceHttp;

/** A program as an operator sets it up through voucher-service's API: drafted, then activated. */
final class VoucherPrograms {

    private VoucherPrograms() {
    }

    /** Drafts the program {@code terms} (the API's JSON) and activates it, each step answered as it should be; the program's id. */
    static UUID activated(ServiceHttp voucherApi, String operator, String terms, String language) {
        var drafted = voucherApi.call("POST", "/api/programs", operator, terms, language);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        UUID program = UUID.fromString(ServiceHttp.json(drafted).get("id").asString());
        assertThat(voucherApi.call("POST", "/api/programs/" + program + "/activation", operator, null, language).statusCode()).isEqualTo(200);
        return program;
    }
}
