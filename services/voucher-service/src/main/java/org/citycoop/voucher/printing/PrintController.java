package org.citycoop.voucher.printing;

import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.i18n.Formats;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.issuance.Vouchers;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import lombok.RequiredArgsConstructor;

/**
 * Printable vouchers: one voucher (its holder, or an operator for a bearer voucher) or all vouchers
 * of a counter sale (operators). The PDF is streamed as it is written. Language: {@code lang}, else
 * the request's {@code Accept-Language}.
 */
@RestController
@RequiredArgsConstructor
class PrintController {

    private final Vouchers vouchers;
    private final Programs programs;
    private final CodeVault vault;
    private final VoucherPdf pdf;
    private final JdbcClient jdbc;

    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping(path = "/api/vouchers/{id}/voucher.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<StreamingResponseBody> one(@PathVariable UUID id, @RequestParam(required = false) String lang) {
        Caller caller = Caller.current().orElseThrow();
        Voucher voucher = vouchers.byId(id).filter(v -> caller.has(Role.OPERATOR)
                || (caller.has(Role.SHOPPER) && v.holderId() != null && v.holderId().toString().equals(caller.subject())))
                .orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "voucher-unknown", List.of()));
        return pdf(List.of(voucher.id()), language(lang), "voucher-" + voucher.codeHint() + ".pdf");
    }

    @Roles(Role.OPERATOR)
    @GetMapping(path = "/api/counter-sales/{saleId}/vouchers.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<StreamingResponseBody> sale(@PathVariable UUID saleId, @RequestParam(required = false) String lang) {
        List<UUID> ids = jdbc.sql("SELECT id FROM voucher WHERE sale_id = :s ORDER BY issued_at, id").param("s", saleId).query(UUID.class).list();
        if (ids.isEmpty()) {
            throw new RequestRejected(HttpStatus.NOT_FOUND, "sale-unknown", List.of());
        }
        return pdf(ids, language(lang), "sale-" + saleId + ".pdf");
    }

    /** All vouchers of an employer's order, one page each with the employee's name, in the order of the uploaded list. */
    @Roles(Role.OPERATOR)
    @GetMapping(path = "/api/bulk-orders/{orderId}/vouchers.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<StreamingResponseBody> bulk(@PathVariable UUID orderId, @RequestParam(required = false) String lang) {
        record Line(UUID voucherId, String employeeName) {
        }
        List<Line> lines = jdbc.sql("SELECT voucher_id, employee_name FROM bulk_order_line WHERE order_id = :o ORDER BY line").param("o", orderId)
                .query(Line.class).list();
        if (lines.isEmpty()) {
            throw new RequestRejected(HttpStatus.NOT_FOUND, "sale-unknown", List.of());
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        lines.forEach(line -> names.put(line.voucherId(), line.employeeName()));
        String language = language(lang);
        StreamingResponseBody body = out -> pdf.write(printed(lines.stream().map(Line::voucherId).iterator(), language, names), language, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("order-" + orderId + ".pdf").build().toString()).body(body);
    }

    private ResponseEntity<StreamingResponseBody> pdf(List<UUID> ids, String language, String filename) {
        StreamingResponseBody body = out -> pdf.write(printed(ids.iterator(), language, java.util.Map.of()), language, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString()).body(body);
    }

    /** Vouchers as printed, read one at a time while the PDF is written. */
    private Iterator<VoucherPdf.Printed> printed(Iterator<UUID> ids, String language, java.util.Map<UUID, String> recipients) {
        java.util.Map<UUID, Program> programCache = new java.util.HashMap<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public VoucherPdf.Printed next() {
                UUID id = ids.next();
                Voucher voucher = vouchers.byId(id).orElseThrow();
                Program program = programCache.computeIfAbsent(voucher.programId(), p -> programs.byId(p).orElseThrow());
                VoucherCode code = vault.unseal(vouchers.sealedCode(id), id);
                return new VoucherPdf.Printed(program.names().getOrDefault(language, program.names().get("en")), voucher.balance(), code,
                        voucher.validUntil(), program.cityCodes(), recipients.get(id));
            }
        };
    }

    private static String language(String lang) {
        return Formats.language(lang != null ? lang : LocaleContextHolder.getLocale().toLanguageTag());
    }
}
