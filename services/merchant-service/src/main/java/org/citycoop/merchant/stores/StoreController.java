package org.citycoop.merchant.stores;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A merchant's stores: its owner (or an operator) opens them; its staff, terminals and operators list them. */
@RestController
class StoreController {

    private final Stores stores;

    StoreController(Stores stores) {
        this.stores = stores;
    }

    @PostMapping("/api/merchants/{merchantId}/stores")
    ResponseEntity<Stores.Store> open(@PathVariable UUID merchantId, @Validated @RequestBody Stores.OpenStore command) {
        Stores.Store store = stores.open(merchantId, command, Caller.current().orElseThrow());
        return ResponseEntity.created(URI.create("/api/merchants/" + merchantId + "/stores/" + store.id())).body(store);
    }

    @GetMapping("/api/merchants/{merchantId}/stores")
    List<Stores.Store> list(@PathVariable UUID merchantId) {
        return stores.of(merchantId, Caller.current().orElseThrow());
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules storeRules() {
            return EndpointRules.builder()
                    .roles(POST, "/api/merchants/{merchantId}/stores", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .roles(GET, "/api/merchants/{merchantId}/stores", Role.MERCHANT_OWNER, Role.CASHIER, Role.TERMINAL, Role.OPERATOR)
                    .build();
        }
    }
}
