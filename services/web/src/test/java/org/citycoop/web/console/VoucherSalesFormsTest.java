package org.citycoop.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the forms that sell vouchers (a counter sale, an employer's bulk order) send voucher-service. */
class VoucherSalesFormsTest {

    @Test
    void aCounterSaleSendsTheValueAndHowManyAsNumbers() {
        // given a sale of two vouchers of 20,50 typed with a comma
        Map<String, String> form = Map.of("key", "k-1", "programId", "p-1", "amount", "20,50", "currency", "EUR", "quantity", "2", "paymentMethod", "CASH");
        // when it is sent
        Map<String, Object> body = CounterSalesSection.sale(form);
        // then (the form's key goes as the Idempotency-Key, not in the body)
        assertThat(body).containsExactly(Map.entry("programId", "p-1"), Map.entry("amount", new BigDecimal("20.50")), Map.entry("currency", "EUR"),
                Map.entry("paymentMethod", "CASH"), Map.entry("quantity", BigDecimal.ONE.add(BigDecimal.ONE)));
    }

    @Test
    void aCounterSaleWithoutAQuantityIsOfOneAndABadValueIsSentAsTyped() {
        Map<String, Object> body = CounterSalesSection.sale(Map.of("programId", "p-1", "amount", "zwanzig"));
        assertThat(body).containsEntry("quantity", BigDecimal.ONE).containsEntry("amount", "zwanzig");
    }

    @Test
    void aBulkOrderWithoutAValueEachLeavesItToTheFilesAmounts() {
        // given an order whose value each was left empty
        Map<String, String> form = new HashMap<>(Map.of("programId", "p-1", "companyName", "Gleisdorfer Metallbau GmbH", "companyVatId", "ATU12345678",
                "country", "AT", "amountEach", "  ", "currency", "EUR", "paymentMethod", "BANK_TRANSFER"));
        // when it is sent
        Map<String, Object> details = BulkOrdersSection.details(form);
        // then it has no value each (the file's amounts count)
        assertThat(details).containsEntry("amountEach", null).containsEntry("companyName", "Gleisdorfer Metallbau GmbH").containsEntry("country", "AT")
                .containsEntry("companyVatId", "ATU12345678").containsEntry("paymentMethod", "BANK_TRANSFER");
        // and when a value each is typed, it is a number
        form.put("amountEach", " 50 ");
        assertThat(BulkOrdersSection.details(form)).containsEntry("amountEach", new BigDecimal("50"));
    }

    @Test
    void aBulkOrderIsOnlyCheckedWhenTheBoxIsTicked() {
        assertThat(BulkOrdersSection.checkOnly(Map.of("dryRun", "true"))).isTrue();
        // an unticked box sends nothing: the order is placed
        assertThat(BulkOrdersSection.checkOnly(Map.of())).isFalse();
        assertThat(BulkOrdersSection.checkOnly(Map.of("dryRun", "yes"))).isFalse();
    }
}
