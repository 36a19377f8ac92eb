package org.citycoop.merchant.stores;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * A merchant's stores and their terminals: the owner (or an operator) opens stores and registers and
 * retires terminals; staff, terminals and operators list the stores, owners and operators the terminals.
 */
@RestController
@RequiredArgsConstructor
class StoreController {

    private final Stores stores;
    private final Terminals terminals;

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @PostMapping("/api/merchants/{merchantId}/stores")
    ResponseEntity<Stores.Store> open(@PathVariable UUID merchantId, @Validated @RequestBody Stores.OpenStore command) {
        Stores.Store store = stores.open(merchantId, command, Caller.current().orElseThrow());
        return ResponseEntity.created(URI.create("/api/merchants/" + merchantId + "/stores/" + store.id())).body(store);
    }

    @Roles({Role.MERCHANT_OWNER, Role.CASHIER, Role.TERMINAL, Role.OPERATOR})
    @GetMapping("/api/merchants/{merchantId}/stores")
    List<Stores.Store> list(@PathVariable UUID merchantId) {
        return stores.of(merchantId, Caller.current().orElseThrow());
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @PostMapping("/api/merchants/{merchantId}/stores/{storeId}/terminals")
    ResponseEntity<Terminals.Terminal> registerTerminal(@PathVariable UUID merchantId, @PathVariable UUID storeId,
            @Validated @RequestBody Terminals.RegisterTerminal command) {
        Terminals.Terminal terminal = terminals.register(merchantId, storeId, command, Caller.current().orElseThrow());
        return ResponseEntity.created(URI.create("/api/merchants/" + merchantId + "/stores/" + storeId + "/terminals/" + terminal.id()))
                .body(terminal);
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @GetMapping("/api/merchants/{merchantId}/stores/{storeId}/terminals")
    List<Terminals.Terminal> terminals(@PathVariable UUID merchantId, @PathVariable UUID storeId) {
        return terminals.ofStore(merchantId, storeId, Caller.current().orElseThrow());
    }

    /** Retires a terminal (lost, replaced): identity-service revokes its credentials. */
    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @PostMapping("/api/merchants/{merchantId}/stores/{storeId}/terminals/{terminalId}/retirement")
    Terminals.Terminal retireTerminal(@PathVariable UUID merchantId, @PathVariable UUID storeId, @PathVariable UUID terminalId,
            @Validated @RequestBody Terminals.RetireTerminal command) {
        return terminals.retire(merchantId, storeId, terminalId, command, Caller.current().orElseThrow());
    }
}
