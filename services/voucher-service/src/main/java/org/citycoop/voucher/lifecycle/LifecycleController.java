package org.citycoop.voucher.lifecycle;

import static org.springframework.http.HttpMethod.POST;

import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.VoucherView;
import org.citycoop.voucher.issuance.Vouchers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling (operators), giving away and claiming (shoppers) vouchers. */
@RestController
class LifecycleController {

    record CancelVoucher(@NotBlank @Size(max = 500) String reason) {
    }

    record ClaimVoucher(@Nullable String code) {
    }

    private final VoucherLifecycle lifecycle;
    private final Vouchers vouchers;
    private final CodeVault vault;

    LifecycleController(VoucherLifecycle lifecycle, Vouchers vouchers, CodeVault vault) {
        this.lifecycle = lifecycle;
        this.vouchers = vouchers;
        this.vault = vault;
    }

    @PostMapping("/api/vouchers/{id}/cancellation")
    VoucherView cancel(@PathVariable UUID id, @Validated @RequestBody CancelVoucher command) {
        var voucher = lifecycle.cancel(id, command.reason());
        return VoucherView.of(voucher, vault.unseal(vouchers.sealedCode(id), id));
    }

    /** The holder gives the voucher away: the answer holds its new code, to pass on (the old one stops working). */
    @PostMapping("/api/vouchers/{id}/gift")
    VoucherView give(@PathVariable UUID id) {
        var handed = lifecycle.give(id, Caller.current().orElseThrow());
        return VoucherView.of(handed.voucher(), handed.code());
    }

    /** A shopper claims a paper (bearer) voucher into the wallet by its code; it gets a new code. */
    @PostMapping("/api/wallet/claims")
    VoucherView claim(@RequestBody ClaimVoucher command) {
        var handed = lifecycle.claim(command.code(), Caller.current().orElseThrow());
        return VoucherView.of(handed.voucher(), handed.code());
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules lifecycleRules() {
            return EndpointRules.builder()
                    .roles(POST, "/api/vouchers/{id}/cancellation", Role.OPERATOR)
                    .roles(POST, "/api/vouchers/{id}/gift", Role.SHOPPER)
                    .roles(POST, "/api/wallet/claims", Role.SHOPPER)
                    .build();
        }
    }
}
