package org.citycoop.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceUnderTest;
import org.citycoop.voucher.programs.ProgramAdministration;
import org.citycoop.voucher.programs.ProgramTerms;
import org.citycoop.voucher.shoppers.Shoppers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What voucher-service's ITs share: programs, shoppers, and a EUR 25 voucher of the cooperation sold at the counter. */
public abstract class VoucherServiceIT extends ServiceUnderTest {

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected ProgramAdministration administration;

    @Autowired
    protected Shoppers shoppers;

    /** The cooperation's program for the whole region, EUR 25 vouchers valid 12 months, active, named in German, Slovenian, Hungarian and English. */
    protected UUID regionalProgram(String de, String sl, String hu, String en) {
        UUID program = administration.draft(new ProgramTerms(Map.of("de", de, "sl", sl, "hu", hu, "en", en), "cooperation", "EUR", "REGION", null,
                List.of(new BigDecimal("25")), null, 12, null)).id();
        administration.activate(program);
        return program;
    }

    /** The operator sells a EUR 25 voucher of {@code program} for cash, to {@code shopper} or, without one, to the bearer: the voucher sold. */
    protected JsonNode soldAtTheCounter(String operator, UUID program, @Nullable UUID shopper) {
        var sold = http().call("POST", "/api/counter-sales", operator, "{\"programId\":\"" + program + "\",\"amount\":25,\"currency\":\"EUR\","
                + "\"paymentMethod\":\"CASH\"" + (shopper == null ? "" : ",\"shopperId\":\"" + shopper + "\"") + "}", "en",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(sold.statusCode()).as(sold.body()).isEqualTo(201);
        return ServiceHttp.json(sold).get("vouchers").get(0);
    }
}
