package org.citycoop.voucher.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceIT;
import org.citycoop.voucher.programs.ProgramTerms;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import tools.jackson.databind.JsonNode;

/** Printed vouchers: an A6 page each, in the reader's language, whose QR code a scanner reads back to the voucher's code. */
class PrintIT extends VoucherServiceIT {

    private static final String OPERATOR = TestTokens.token().subject("operator-print").roles(Role.OPERATOR).sign();

    @Test
    void twoPaperVouchersOfPtujPrintInSlovenianAndTheirQrCodesScan() throws Exception {
        UUID program = program("si-ptuj", "EUR", "CITIES", List.of("si-ptuj", "si-ormoz", "si-lenart"), "25");
        JsonNode sale = sell(program, "25", "EUR", 2);
        HttpResponse<byte[]> printed = get("/api/counter-sales/" + sale.get("saleId").asString() + "/vouchers.pdf?lang=sl", OPERATOR);
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(printed.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(297.6f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("MESTNI BON", "Velja do", "Ptuj, Ormož, Lenart", "25,00\u00a0€");
            for (int page = 0; page < 2; page++) {
                String code = sale.get("vouchers").get(page).get("code").asString();
                assertThat(text).contains(code);
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200);
                String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
                assertThat(scanned).isEqualTo(sale.get("vouchers").get(page).get("uri").asString());
            }
        }
    }

    @Test
    void aForintVoucherPrintsInHungarianAndOnlyForItsHolderOrAnOperator() throws Exception {
        UUID program = program("hu-lenti", "HUF", "CITY", List.of(), "10000");
        String id = sell(program, "10000", "HUF", 1).get("vouchers").get(0).get("id").asString();
        HttpResponse<byte[]> printed = get("/api/vouchers/" + id + "/voucher.pdf", OPERATOR, "hu-HU");
        try (PDDocument document = Loader.loadPDF(printed.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("VÁROSI UTALVÁNY", "10\u00a0000\u00a0Ft", "Lenti", "Érvényes:");
        }
        String shopper = TestTokens.token().subject(UUID.randomUUID().toString()).roles(Role.SHOPPER).sign();
        assertThat(get("/api/vouchers/" + id + "/voucher.pdf", shopper).statusCode()).as("a bearer voucher prints for operators").isEqualTo(404);
        assertThat(get("/api/counter-sales/" + UUID.randomUUID() + "/vouchers.pdf", OPERATOR).statusCode()).isEqualTo(404);
    }

    /**
     * The wallet's voucher and its PDF state the same last day, in the cities' calendar: at 23:30 UTC on
     * 2 December it is already 00:30 on 3 December in Vienna, so a voucher ending then is valid until
     * 3 December; one ending at midnight starting 3 December (23:00 UTC) until 2 December.
     */
    @Test
    void theWalletAndThePrintedVoucherStateTheSameLastDayInTheCitiesCalendar() throws Exception {
        UUID program = program("at-feldbach", "EUR", "CITY", List.of(), "25");
        String id = sell(program, "25", "EUR", 1).get("vouchers").get(0).get("id").asString();
        for (var expiry : Map.of("2029-12-02T23:30:00Z", "2029-12-03", "2029-12-02T23:00:00Z", "2029-12-02").entrySet()) {
            jdbc.sql("UPDATE voucher SET expires_at = :at WHERE id = :id").param("at", java.sql.Timestamp.from(java.time.Instant.parse(expiry.getKey())))
                    .param("id", UUID.fromString(id)).update();
            JsonNode wallet = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + id, OPERATOR, "en").body());
            assertThat(wallet.get("validUntil").asString()).as("the wallet, for an expiry at " + expiry.getKey()).isEqualTo(expiry.getValue());
            try (PDDocument document = Loader.loadPDF(get("/api/vouchers/" + id + "/voucher.pdf?lang=en", OPERATOR).body())) {
                String printed = org.citycoop.platform.i18n.Formats.date(java.time.LocalDate.parse(expiry.getValue()), "en");
                assertThat(new PDFTextStripper().getText(document)).as("the PDF, for an expiry at " + expiry.getKey()).contains("Valid until " + printed);
            }
        }
    }

    private UUID program(String issuer, String currency, String coverage, List<String> cities, String denomination) {
        UUID id = administration.draft(new ProgramTerms(Map.of("de", "Gutschein " + issuer, "sl", "Bon " + issuer, "hu", "Utalvány " + issuer, "en",
                "Voucher " + issuer), issuer, currency, coverage, cities, List.of(new BigDecimal(denomination)), null, 12, null)).id();
        administration.activate(id);
        return id;
    }

    private JsonNode sell(UUID program, String amount, String currency, int quantity) {
        var sold = ServiceHttp.on(port).call("POST", "/api/counter-sales", OPERATOR, "{\"programId\":\"" + program + "\",\"amount\":" + amount
                + ",\"currency\":\"" + currency + "\",\"paymentMethod\":\"CASH\",\"quantity\":" + quantity + "}", "en",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(sold.statusCode()).as(sold.body()).isEqualTo(201);
        return ServiceHttp.JSON.readTree(sold.body());
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        return get(path, token, "en");
    }

    private HttpResponse<byte[]> get(String path, String token, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
