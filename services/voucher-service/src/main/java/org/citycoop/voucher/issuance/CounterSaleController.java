package org.citycoop.voucher.issuance;

import static org.springframework.http.HttpMethod.POST;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Counter sales by operators: {@code POST /api/counter-sales} with an {@code Idempotency-Key} header. */
@RestController
class CounterSaleController {

    /** The answer: the sale, what was paid, and the vouchers with their codes. */
    record SaleView(UUID saleId, UUID programId, String paymentMethod, @Nullable UUID shopperId, BigDecimal paid, String currency,
            List<VoucherView> vouchers) {
    }

    private final CounterSales sales;

    CounterSaleController(CounterSales sales) {
        this.sales = sales;
    }

    @PostMapping("/api/counter-sales")
    ResponseEntity<SaleView> sell(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody CounterSales.SellVouchers request) {
        CounterSales.Sale sale = sales.sell(request, key, Caller.current().orElseThrow());
        SaleView view = new SaleView(sale.saleId(), sale.programId(), sale.paymentMethod(), sale.shopperId(), sale.paid().major(),
                sale.paid().currency().name(), sale.vouchers().stream().map(v -> VoucherView.of(v.voucher(), v.code())).toList());
        if (sale.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/counter-sales/" + sale.saleId())).body(view);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules counterSaleRules() {
            return EndpointRules.builder().roles(POST, "/api/counter-sales", Role.OPERATOR).build();
        }
    }
}
