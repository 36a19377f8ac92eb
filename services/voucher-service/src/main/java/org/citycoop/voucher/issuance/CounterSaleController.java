package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.issuance.decision.Problem;
import org.citycoop.voucher.issuance.decision.SaleRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Counter sales by operators: {@code POST /api/counter-sales} with an {@code Idempotency-Key} header. */
@RestController
@RequiredArgsConstructor
class CounterSaleController {

    /** The answer: the sale, what was paid, and the vouchers with their codes. */
    record SaleView(UUID saleId, UUID programId, String paymentMethod, @Nullable UUID shopperId, BigDecimal paid, String currency,
            List<VoucherView> vouchers) {
    }

    private final CounterSales sales;

    @Roles(Role.OPERATOR)
    @PostMapping("/api/counter-sales")
    ResponseEntity<SaleView> sell(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody CounterSales.SellVouchers request) {
        CounterSales.Sale sale = switch (sales.sell(request, key, Caller.current().orElseThrow())) {
            case CounterSales.Refused(SaleRefusal refusal) -> throw problem(refusal);
            case CounterSales.Sale sold -> sold;
        };
        SaleView view = new SaleView(sale.saleId(), sale.programId(), sale.paymentMethod(), sale.shopperId(), sale.paid().major(),
                sale.paid().currency().name(), sale.vouchers().stream().map(v -> VoucherView.of(v.voucher(), v.code())).toList());
        if (sale.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/counter-sales/" + sale.saleId())).body(view);
    }

    /** A refused sale as its problem detail: 400 naming every field at fault, 409 for a closed program. */
    static RequestRejected problem(SaleRefusal refusal) {
        return switch (refusal) {
            case SaleRefusal.Invalid(var problems) -> RequestRejected.invalid(violations(problems));
            case SaleRefusal.NotOnSale(var programName) -> new RequestRejected(HttpStatus.CONFLICT, "program-not-on-sale", List.of(), programName);
        };
    }

    /** The problems of a request as the violations a problem detail lists. */
    static List<Violation> violations(List<Problem> problems) {
        return problems.stream().map(problem -> new Violation(problem.field(), problem.code(), problem.args().toArray())).toList();
    }
}
