package org.citycoop.voucher.issuance;

import java.util.Map;

import org.citycoop.platform.demo.DemoFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** voucher-service's part of the demo summary: the active programs and the vouchers in shoppers' wallets. */
@Component
class VoucherDemoFigures implements DemoFigures {

    @Override
    public Map<String, Object> figures(JdbcClient jdbc) {
        return Map.of("activePrograms", jdbc.sql("SELECT count(*) FROM program WHERE status = 'ACTIVE'").query(Long.class).single(),
                "walletVouchers", jdbc.sql("SELECT count(*) FROM voucher WHERE holder_id IS NOT NULL").query(Long.class).single());
    }
}
