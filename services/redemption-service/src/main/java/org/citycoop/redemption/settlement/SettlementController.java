package org.citycoop.redemption.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.redemption.settlement.decision.PayoutRefusal;
import org.citycoop.redemption.settlement.decision.Period;
import org.citycoop.redemption.settlement.decision.SettlementRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * Settling a period (operators) and a merchant's statements (its owner, operators). This is where the settlement decisions'
 * refusals become problem details: a malformed or unfinished period a 400, a payout file that cannot be made a 409 or 404.
 */
@RestController
@RequiredArgsConstructor
class SettlementController {

    record SettlePeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
    }

    private final Settlements settlements;
    private final Clearing clearing;
    private final PayoutFile payoutFile;
    private final SepaPayouts sepaPayouts;

    /**
     * The payouts of the settlements of periods within {@code from}–{@code to} as CSV (one row per
     * statement with a payout: merchant, account holder, IBAN, issuer, currency, amount, reference),
     * for the paying cities' banking; a merchant without a known account is listed with an empty IBAN.
     */
    @Roles(Role.OPERATOR)
    @GetMapping(path = "/api/settlements/payouts.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> payouts(@org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate from,
            @org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate to) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"payouts-" + from + "-" + to + ".csv\"").body(payoutFile.csv(period(from, to)));
    }

    /**
     * The euro payouts of the settlements of periods within {@code from}–{@code to} as a SEPA credit
     * transfer initiation (ISO 20022 pain.001.001.09) for the cooperation's bank, to be executed on
     * {@code execution} (default: the next working day). 409 while a merchant's payout account is
     * unknown, 404 when there is nothing to pay in euro.
     */
    @Roles(Role.OPERATOR)
    @GetMapping(path = "/api/settlements/payouts.xml", produces = "application/xml")
    org.springframework.http.ResponseEntity<String> sepaPayouts(@org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate from,
            @org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate to,
            @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable LocalDate execution) {
        Period period = period(from, to);
        String xml = switch (sepaPayouts.document(period, execution)) {
            case SepaPayouts.Refused(PayoutRefusal refusal) -> throw problem(refusal);
            case SepaPayouts.Document(String document) -> document;
        };
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/xml; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + SepaPayouts.fileName(period) + "\"").body(xml);
    }

    /** What issuers owe each other for vouchers spent in other cities, from the settlements of periods within {@code from}–{@code to}. */
    @Roles({Role.OPERATOR, Role.ECONOMIST})
    @GetMapping("/api/clearing")
    Clearing.Report clearing(@org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate from,
            @org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate to) {
        return clearing.between(period(from, to));
    }

    /** Every merchant's statements of periods within {@code from}–{@code to}, with the merchant's name, for the operators' console. */
    @Roles(Role.OPERATOR)
    @GetMapping("/api/settlements")
    List<Settlements.Settled> settled(@org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate from,
            @org.springframework.web.bind.annotation.RequestParam @Nullable LocalDate to) {
        return settlements.within(period(from, to));
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/settlements")
    List<Settlements.Statement> settle(@RequestBody SettlePeriod period) {
        return switch (settlements.settle(period.from(), period.to())) {
            case Settlements.Refused(SettlementRefusal refusal) -> throw problem(refusal);
            case Settlements.Closed(List<Settlements.Statement> statements) -> statements;
        };
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @GetMapping("/api/merchants/{merchantId}/settlements")
    List<Settlements.Statement> statements(@PathVariable UUID merchantId) {
        if (!Caller.current().orElseThrow().administers(merchantId)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return settlements.ofMerchant(merchantId);
    }

    /** The same statements as CSV, for the merchant's books (its owner, operators). */
    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @GetMapping(path = "/api/merchants/{merchantId}/settlements.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> statementsCsv(@PathVariable UUID merchantId) {
        List<Settlements.Statement> statements = statements(merchantId);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"statements-" + merchantId.toString().substring(0, 8) + ".csv\"")
                .body(payoutFile.statementsCsv(statements));
    }

    /** The merchant's own payouts as CSV: what is paid into which account with which bank reference (its owner, operators). */
    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @GetMapping(path = "/api/merchants/{merchantId}/payouts.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> merchantPayoutsCsv(@PathVariable UUID merchantId) {
        if (!Caller.current().orElseThrow().administers(merchantId)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"payouts-" + merchantId.toString().substring(0, 8) + ".csv\"")
                .body(payoutFile.merchantCsv(merchantId));
    }

    /** The period named, or the 400 of a malformed one. */
    private static Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
        return Period.of(from, to).orElseThrow(() -> problem(new SettlementRefusal.PeriodMalformed()));
    }

    /** A refused settlement as the problem detail of its kind (the kit renders it, with its texts). */
    static RequestRejected problem(SettlementRefusal refusal) {
        return switch (refusal) {
            case SettlementRefusal.PeriodMalformed() -> RequestRejected.invalid(List.of(new Violation("to", "settlement.period")));
            case SettlementRefusal.PeriodNotOver() -> RequestRejected.invalid(List.of(new Violation("to", "settlement.period-not-over")));
        };
    }

    /** A refused payout file as the problem detail of its kind. */
    static RequestRejected problem(PayoutRefusal refusal) {
        return switch (refusal) {
            case PayoutRefusal.ExecutionInThePast() -> RequestRejected.invalid(List.of(new Violation("execution", "payouts.execution-past")));
            case PayoutRefusal.AccountUnknown(var merchants) -> new RequestRejected(HttpStatus.CONFLICT, "payout-account-unknown", List.of(),
                    String.join(", ", merchants.stream().map(UUID::toString).toList()));
            case PayoutRefusal.NothingInEuro(var period) -> new RequestRejected(HttpStatus.NOT_FOUND, "no-euro-payouts", List.of(), period.from(), period.to());
        };
    }
}
