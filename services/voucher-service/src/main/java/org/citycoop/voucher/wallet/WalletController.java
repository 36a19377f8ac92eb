package org.citycoop.voucher.wallet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.codes.QrCodes;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.issuance.VoucherView;
import org.citycoop.voucher.issuance.Vouchers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shopper's wallet and a voucher's QR code. A voucher is shown to its holder; a bearer voucher
 * (no holder) to operators, who print it. Anyone else gets 404, not 403: the id reveals nothing.
 */
@RestController
class WalletController {

    private final Vouchers vouchers;
    private final CodeVault vault;
    private final QrCodes qr;
    private final org.citycoop.voucher.spending.AcceptingMerchants merchants;
    private final org.citycoop.voucher.balances.VoucherBalances balances;

    WalletController(Vouchers vouchers, CodeVault vault, QrCodes qr, org.citycoop.voucher.spending.AcceptingMerchants merchants,
            org.citycoop.voucher.balances.VoucherBalances balances) {
        this.balances = balances;
        this.vouchers = vouchers;
        this.vault = vault;
        this.qr = qr;
        this.merchants = merchants;
    }

    @Roles(Role.SHOPPER)
    @GetMapping("/api/wallet")
    List<VoucherView> wallet() {
        UUID holder = shopperId(Caller.current().orElseThrow());
        return vouchers.ofHolder(holder).stream().map(v -> VoucherView.of(v, code(v))).toList();
    }

    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping("/api/vouchers/{id}")
    VoucherView voucher(@PathVariable UUID id) {
        Voucher voucher = visible(id);
        return VoucherView.of(voucher, code(voucher));
    }

    /** Where the voucher can be spent now: the active shops accepting its program, by city and name. */
    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping("/api/vouchers/{id}/where-to-spend")
    List<WhereToSpend> whereToSpend(@PathVariable UUID id) {
        Voucher voucher = visible(id);
        return merchants.accepting(voucher.programId()).stream()
                .map(shop -> new WhereToSpend(shop.merchantId(), shop.tradingName(), shop.cityCode(),
                        org.citycoop.contracts.network.PartnerCity.byCode(shop.cityCode()).map(org.citycoop.contracts.network.PartnerCity::officialName)
                                .orElse(shop.cityCode()), shop.naceCode()))
                .toList();
    }

    record WhereToSpend(UUID merchantId, String tradingName, String cityCode, String cityName, String naceCode) {
    }

    /**
     * What happened to the voucher at the till, newest first, with the shop's name where known. Where the
     * shop's currency differs from the voucher's, also what the shop took in its currency and the rate
     * (forints per euro) redemption-service used.
     */
    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping("/api/vouchers/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        Voucher voucher = visible(id);
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        merchants.accepting(voucher.programId()).forEach(shop -> names.put(shop.merchantId(), shop.tradingName()));
        return balances.history(id).stream().map(e -> HistoryEntry.of(e, names.getOrDefault(e.merchantId(), merchants.name(e.merchantId())))).toList();
    }

    record HistoryEntry(String kind, BigDecimal amount, String currency, UUID merchantId, @Nullable String merchant, java.time.Instant at,
            @Nullable BigDecimal shopAmount, @Nullable String shopCurrency, @Nullable String exchangeRate) {

        static HistoryEntry of(org.citycoop.voucher.balances.VoucherBalances.Entry e, @Nullable String merchant) {
            return new HistoryEntry(e.kind(), Money.of(e.amount(), Currency.valueOf(e.currency())).major(), e.currency(), e.merchantId(), merchant,
                    e.happenedAt(), e.shopAmount() == null ? null : Money.of(e.shopAmount(), Currency.valueOf(e.shopCurrency())).major(), e.shopCurrency(),
                    e.exchangeRate() == null ? null : e.exchangeRate().stripTrailingZeros().toPlainString());
        }
    }

    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping(path = "/api/vouchers/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable UUID id, @RequestParam(defaultValue = "480") int size) {
        if (size < 100 || size > 2000) {
            throw RequestRejected.invalid(List.of(new RequestRejected.Violation("size", "wallet.qr-size", 100, 2000)));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).contentType(MediaType.IMAGE_PNG)
                .body(qr.png(code(visible(id)), size));
    }

    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping(path = "/api/vouchers/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> svg(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).contentType(MediaType.valueOf("image/svg+xml"))
                .body(qr.svg(code(visible(id))));
    }

    private Voucher visible(UUID id) {
        Caller caller = Caller.current().orElseThrow();
        Voucher voucher = vouchers.byId(id).orElseThrow(WalletController::unknown);
        boolean holder = voucher.holderId() != null && caller.has(Role.SHOPPER) && voucher.holderId().toString().equals(caller.subject());
        if (!holder && !caller.has(Role.OPERATOR)) {
            throw unknown();
        }
        return voucher;
    }

    private VoucherCode code(Voucher voucher) {
        return vault.unseal(vouchers.sealedCode(voucher.id()), voucher.id());
    }

    private static UUID shopperId(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException notAnAccount) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "wallet-for-shoppers", List.of());
        }
    }

    private static RequestRejected unknown() {
        return new RequestRejected(HttpStatus.NOT_FOUND, "voucher-unknown", List.of());
    }
}
