package org.citycoop.voucher.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceIT;
import org.citycoop.voucher.programs.ProgramTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A Feldbach employer orders vouchers for its staff from a spreadsheet export; the Austrian tax-free
 * rule (EUR 186 a year) is enforced per employee across orders; every bad row is named with its line.
 * Each country's rule: {@code TaxFreeRulesIT}.
 */
class BulkOrdersIT extends VoucherServiceIT {

    private static final String OPERATOR = TestTokens.token().subject("operator-bulk").roles(Role.OPERATOR).sign();

    UUID program;
    String vat;

    @BeforeEach
    void programAndEmployer() {
        program = administration.draft(new ProgramTerms(Map.of("de", "Feldbacher Gutschein", "sl", "Feldbaški bon", "hu", "Feldbachi utalvány", "en",
                "Feldbach voucher"), "at-feldbach", "EUR", "CITY", null, List.of(new BigDecimal("50")), new ProgramTerms.FreeAmount(new BigDecimal("5"),
                new BigDecimal("200")), 24, null)).id();
        administration.activate(program);
        vat = "ATU" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    @Test
    void anEmployerOrdersForItsStaffAndGetsOnePrintedVoucherEach() throws Exception {
        // as Excel in Austria exports it: byte-order mark, semicolons, decimal commas
        String csv = "\uFEFFemployee_id;name;amount\nP-001;Maria Huber;100,00\nP-002;Jože Kovač;\nP-003;Kovács Ödön;160\n";
        var preview = order(details("AT", "50"), csv, null, true, "en");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode dry = ServiceHttp.JSON.readTree(preview.body());
        assertThat(dry.get("lines").asInt()).isEqualTo(3);
        assertThat(dry.get("total").decimalValue()).isEqualByComparingTo("310");
        assertThat(dry.hasNonNull("orderId")).isFalse();
        assertThat(dry.get("warnings").valueStream().map(w -> w.get("field").asString())).containsExactly("employees[4].amount");
        assertThat(jdbc.sql("SELECT count(*) FROM bulk_order WHERE company_vat_id = :v").param("v", vat).query(Long.class).single())
                .as("a dry run orders nothing").isZero();

        String key = UUID.randomUUID().toString();
        var placed = order(details("AT", "50"), csv, key, false, "de");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = ServiceHttp.JSON.readTree(placed.body());
        assertThat(order.get("warnings").get(0).get("message").asString()).contains("steuerfreien");
        var again = order(details("AT", "50"), csv, key, false, "de");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(again.body()).get("orderId").asString()).isEqualTo(order.get("orderId").asString());
        String orderId = order.get("orderId").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM voucher WHERE bulk_order_id = :o AND channel = 'BULK' AND holder_id IS NULL")
                .param("o", UUID.fromString(orderId)).query(Long.class).single()).isEqualTo(3);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + order.get("vouchersPdf").asString() + "?lang=de")).header("Authorization", "Bearer " + OPERATOR).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Für: Maria Huber", "Für: Jože Kovač", "Für: Kovács Ödön", "100,00\u00a0€", "160,00\u00a0€");
        }

        // the next order of the same employer this year: Kovács has 160 of 186 already
        var over = order(details("AT", "50"), "employee_id,name\nP-003,Kovács Ödön\nP-004,Neu Anna\n", UUID.randomUUID().toString(), false, "de");
        assertThat(over.statusCode()).isEqualTo(422);
        JsonNode refusal = ServiceHttp.JSON.readTree(over.body());
        assertThat(refusal.get("detail").asString()).contains("AT", "186,00", "EStG");
        JsonNode errors = refusal.get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactly("employees[2].amount");
        assertThat(errors.get(0).get("message").asString()).contains("Kovács Ödön").contains("160,00").contains("210,00").contains("186,00");
    }

    @Test
    void everyBadRowIsNamedWithItsLine() {
        String csv = "employee_id,name,amount\nP-1,Anna,50\nP-1,Anna again,50\n,No Id,50\nP-3,,50\nP-4,Bad Amount,fifty\nP-5,Not Offered,300\nP-6,Too,Many,Values\n";
        var refused = order(details("AT", null), csv, UUID.randomUUID().toString(), false, "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = ServiceHttp.JSON.readTree(refused.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("employees[3].employee_id",
                "employees[4].employee_id", "employees[5].name", "employees[6].amount", "employees[7].amount", "employees[8]");
        assertThat(refused.body()).contains("listed twice").contains("not a number (fifty)").contains("this program offers 50, 5–200 EUR");

        // the list's format (header, encoding) is EmployeeListTest's, the employer's fields OrderingTest's; this proves rows keep their lines end to end
        assertThat(order(details("AT", "50"), "employee_id,name\nP-1,Anna\n", null, false, "en").statusCode()).as("no key").isEqualTo(400);
    }

    private Map<String, String> details(String country, String amountEach) {
        Map<String, String> details = new java.util.HashMap<>(Map.of("programId", program.toString(), "companyName", "Steirische Werke GmbH",
                "companyVatId", vat, "country", country, "currency", "EUR", "paymentMethod", "BANK_TRANSFER"));
        if (amountEach != null) {
            details.put("amountEach", amountEach);
        }
        return details;
    }

    private HttpResponse<String> order(Map<String, String> details, String csv, String key, boolean dryRun, String language) {
        byte[] staff = csv.getBytes(csv.startsWith("\u00c4") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return EmployerOrders.order(port, OPERATOR, details, staff, key, dryRun, language);
    }
}
