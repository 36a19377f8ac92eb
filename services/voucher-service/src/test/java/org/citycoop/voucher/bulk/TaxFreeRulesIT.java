package org.citycoop.voucher.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.programs.ProgramAdministration;
import org.citycoop.voucher.programs.ProgramTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Employers in Feldbach, Ptuj and Lenti give their staff vouchers: each country's tax-free rule, seeded
 * with its legal source, is enforced per employee (at the limit accepted, above refused with 422 naming
 * the line, the employee, the limit and the source); operators edit a rule and it applies at once.
 */
@ServiceIntegrationTest
class TaxFreeRulesIT {

    private static final String OPERATOR = TestTokens.token().subject("operator-tax-free").roles(Role.OPERATOR).sign();

    @LocalServerPort
    int port;

    @Autowired
    ProgramAdministration administration;

    String vat;
    String slovenianRule;

    @BeforeEach
    void employerAndTheSeededSlovenianRule() {
        vat = "ATU" + (10_000_000 + (int) (Math.random() * 89_999_999));
        slovenianRule = ServiceHttp.on(port).get("/api/tax-free-rules/SI", OPERATOR, "en").body();
    }

    @AfterEach
    void slovenianRuleAsSeeded() {
        JsonNode seeded = ServiceHttp.JSON.readTree(slovenianRule);
        ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/SI", OPERATOR, seeded.toString(), "en");
    }

    @Test
    void inAustriaAnEmployeeMayReceive186EurosAYearFromAnEmployerAndNotACentMore() {
        UUID feldbach = program("at-feldbach", "EUR", "5", "500");
        assertThat(order(feldbach, "AT", "EUR", "employee_id;name;amount\nP-1;Maria Huber;100\n", "de").statusCode()).isEqualTo(201);
        var atTheLimit = order(feldbach, "AT", "EUR", "employee_id;name;amount\nP-1;Maria Huber;86\n", "de");
        assertThat(atTheLimit.statusCode()).as(atTheLimit.body()).isEqualTo(201);

        var over = order(feldbach, "AT", "EUR", "employee_id;name;amount\nP-2;Josef Gruber;186,01\nP-1;Maria Huber;5\nP-3;Anna Berger;50\n", "de");
        assertThat(over.statusCode()).as(over.body()).isEqualTo(422);
        JsonNode problem = ServiceHttp.JSON.readTree(over.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:tax-free-cap-exceeded");
        assertThat(problem.get("detail").asString()).contains("AT", "186,00\u00a0€ im Kalenderjahr", "§ 3 Abs. 1 Z 14 EStG 1988");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).containsExactly("employees[2].amount", "employees[3].amount");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("P-2", "Josef Gruber", "186,01\u00a0€");
        assertThat(problem.get("errors").get(1).get("message").asString()).contains("P-1", "Maria Huber", "186,00\u00a0€", "191,00\u00a0€");
    }

    @Test
    void inSloveniaSmallBenefitsOfAtMost15EurosAMonthAreTaxFree() {
        UUID ptuj = program("si-ptuj", "EUR", "5", "500");
        assertThat(order(ptuj, "SI", "EUR", "employee_id,name,amount\nS-1,Petra Kupka,15\n", "sl").statusCode()).isEqualTo(201);
        var over = order(ptuj, "SI", "EUR", "employee_id,name,amount\nS-2,Miha Novak,15.01\n", "sl");
        assertThat(over.statusCode()).as(over.body()).isEqualTo(422);
        JsonNode problem = ServiceHttp.JSON.readTree(over.body());
        assertThat(problem.get("detail").asString()).contains("SI", "15,00\u00a0€ v koledarskem mesecu", "ZDoh-2, 39. člen");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("S-2", "Miha Novak", "15,01\u00a0€");
    }

    @Test
    void inHungaryASmallGiftIsAtMostATenthOfTheMinimumWageOnThreeOccasionsAYear() {
        UUID lenti = program("hu-lenti", "HUF", "1000", "100000");
        for (int occasion = 1; occasion <= 3; occasion++) {
            var within = order(lenti, "HU", "HUF", "employee_id,name,amount\nH-1,Kovács Ödön,32280\n", "hu");
            assertThat(within.statusCode()).as("occasion " + occasion + ": " + within.body()).isEqualTo(201);
        }
        var fourth = order(lenti, "HU", "HUF", "employee_id,name,amount\nH-1,Kovács Ödön,1000\n", "hu");
        assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(422);
        JsonNode problem = ServiceHttp.JSON.readTree(fourth.body());
        assertThat(problem.get("detail").asString()).contains("HU", "96\u00a0840\u00a0Ft", "32\u00a0280\u00a0Ft", "Szja tv.");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("H-1", "Kovács Ödön", "4.");

        var tooMuchAtOnce = order(lenti, "HU", "HUF", "employee_id,name,amount\nH-2,Szabó Anna,32281\n", "en");
        assertThat(tooMuchAtOnce.statusCode()).isEqualTo(422);
        assertThat(ServiceHttp.JSON.readTree(tooMuchAtOnce.body()).get("errors").get(0).get("message").asString())
                .contains("H-2", "Szabó Anna", "32,281\u00a0Ft", "32,280\u00a0Ft a voucher");

        UUID euros = program("cooperation", "EUR", "5", "500");
        var otherCurrency = order(euros, "HU", "EUR", "employee_id,name,amount\nH-3,Tóth Béla,10\n", "en");
        assertThat(otherCurrency.statusCode()).isEqualTo(422);
        assertThat(ServiceHttp.JSON.readTree(otherCurrency.body()).get("type").asString()).isEqualTo("urn:citycoop:problem:tax-free-rule-currency");
    }

    @Test
    void anOperatorRaisesSloveniasLimitAndTheNextOrderIsCheckedAgainstItWithTheChangeLogged() {
        UUID ptuj = program("si-ptuj", "EUR", "5", "500");
        assertThat(order(ptuj, "SI", "EUR", "employee_id,name,amount\nS-3,Ana Zupan,20\n", "en").statusCode()).isEqualTo(422);
        var edited = ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/SI", OPERATOR, """
                {"currency": "EUR", "period": "MONTH", "limit": 20, "source": "ZDoh-2, 39. člen (test)", "note": "raised for the test"}""", "en");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(edited.body()).get("updatedBy").asString()).isEqualTo("operator-tax-free");
        assertThat(order(ptuj, "SI", "EUR", "employee_id,name,amount\nS-3,Ana Zupan,20\n", "en").statusCode()).isEqualTo(201);

        JsonNode changes = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/tax-free-rules/SI/changes", OPERATOR, "en").body());
        assertThat(changes.get(0).get("by").asString()).isEqualTo("operator-tax-free");
        assertThat(changes.get(0).get("before").get("limit_amount").asLong()).isEqualTo(1500);
        assertThat(changes.get(0).get("after").get("limit_amount").asLong()).isEqualTo(2000);
    }

    @Test
    void onlyOperatorsReadAndEditTheRulesEachWithItsLegalSource() {
        JsonNode rules = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/tax-free-rules", OPERATOR, "en").body());
        assertThat(rules.valueStream().map(r -> r.get("country").asString())).containsExactly("AT", "HU", "SI");
        assertThat(rules.valueStream().map(r -> r.get("source").asString())).allMatch(source -> !source.isBlank());
        assertThat(ServiceHttp.on(port).get("/api/tax-free-rules", TestTokens.of(Role.ECONOMIST), "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/SI", TestTokens.of(Role.SHOPPER), slovenianRule, "en").statusCode())
                .isEqualTo(403);
    }

    @Test
    void badRuleInputIsRefusedNamingTheField() {
        assertThat(field(ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/SI", OPERATOR,
                "{\"currency\":\"EUR\",\"period\":\"MONTH\",\"limit\":-1,\"source\":\"ZDoh-2\"}", "de"))).isEqualTo("limit");
        assertThat(field(ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/SI", OPERATOR,
                "{\"period\":\"MONTH\",\"limit\":15,\"source\":\"ZDoh-2\"}", "sl"))).isEqualTo("currency");
        assertThat(field(ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/DE", OPERATOR,
                "{\"currency\":\"EUR\",\"period\":\"YEAR\",\"limit\":15,\"source\":\"EStG\"}", "en"))).isEqualTo("country");
        assertThat(field(ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/HU", OPERATOR,
                "{\"currency\":\"EUR\",\"period\":\"YEAR\",\"limit\":15,\"source\":\"Szja tv.\"}", "hu"))).isEqualTo("currency");
        assertThat(field(ServiceHttp.on(port).call("PUT", "/api/tax-free-rules/AT", OPERATOR,
                "{\"currency\":\"EUR\",\"period\":\"YEAR\",\"limit\":186}", "en"))).isEqualTo("source");
    }

    private static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return ServiceHttp.JSON.readTree(response.body()).get("errors").get(0).get("field").asString();
    }

    private UUID program(String issuer, String currency, String min, String max) {
        UUID id = administration.draft(new ProgramTerms(Map.of("de", "Gutschein " + issuer, "sl", "Bon " + issuer, "hu", "Utalvány " + issuer, "en",
                "Voucher " + issuer), issuer, currency, "cooperation".equals(issuer) ? "REGION" : "CITY", null, List.of(),
                new ProgramTerms.FreeAmount(new BigDecimal(min), new BigDecimal(max)), 24, null)).id();
        administration.activate(id);
        return id;
    }

    private HttpResponse<String> order(UUID program, String country, String currency, String csv, String language) {
        return EmployerOrders.order(port, OPERATOR, Map.of("programId", program.toString(), "companyName", "Steirische Werke GmbH", "companyVatId", vat,
                "country", country, "currency", currency, "paymentMethod", "BANK_TRANSFER"), csv, language);
    }
}
