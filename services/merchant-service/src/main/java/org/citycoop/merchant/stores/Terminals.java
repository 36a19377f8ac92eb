package org.citycoop.merchant.stores;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.merchant.TerminalRegistered;
import org.citycoop.contracts.merchant.TerminalRetired;
import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.merchant.onboarding.Merchants;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.events.IntegrationEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases: registering a terminal at a store and retiring it. The owner of the merchant (or an
 * operator) does both; identity-service hears of it ({@code TerminalRegistered}, {@code TerminalRetired})
 * and issues or revokes the terminal's credentials.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Terminals {

    /** What kind of device a terminal is. */
    public enum Kind {
        POS, PHONE
    }

    /** Command: register a terminal. */
    public record RegisterTerminal(@NotBlank @Size(max = 80) String label, @NotNull Kind kind) {
    }

    /** Command: retire a terminal, saying why. */
    public record RetireTerminal(@NotBlank @Size(max = 500) String reason) {
    }

    /** A terminal as stored. */
    public record Terminal(UUID id, UUID merchantId, UUID storeId, String label, Kind kind, Instant registeredAt, @Nullable Instant retiredAt,
            @Nullable String retireReason) {
    }

    private static final String COLUMNS = "id, merchant_id, store_id, label, kind, registered_at, retired_at, retire_reason";

    private final JdbcClient jdbc;
    private final Merchants merchants;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Terminal register(UUID merchantId, UUID storeId, RegisterTerminal command, Caller caller) {
        requireAdministers(merchantId, caller);
        return register(merchantId, storeId, command, UUID.randomUUID());
    }

    /** Registers with a given id: for demo data, whose terminal other services know in advance. */
    @Transactional
    public Terminal register(UUID merchantId, UUID storeId, RegisterTerminal command, UUID terminalId) {
        Merchant merchant = merchants.byId(merchantId)
                .orElseThrow(() -> new StoreRefusal.MerchantUnknown().refused());
        if (merchant.status() != Merchant.Status.ACTIVE) {
            throw new StoreRefusal.MerchantNotActive(merchant.status()).refused();
        }
        requireStoreOf(merchantId, storeId);
        Terminal terminal = new Terminal(terminalId, merchantId, storeId, command.label().strip(), command.kind(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null, null);
        jdbc.sql("INSERT INTO terminal (id, merchant_id, store_id, label, kind, registered_at) VALUES (:id, :m, :s, :label, :kind, :at)")
                .param("id", terminal.id()).param("m", merchantId).param("s", storeId).param("label", terminal.label())
                .param("kind", terminal.kind().name()).param("at", Timestamp.from(terminal.registeredAt())).update();
        events.publish(new TerminalRegistered(terminal.id(), merchantId, storeId, terminal.label(), terminal.kind().name(), terminal.registeredAt()));
        return terminal;
    }

    /** Retires a terminal; retiring it again changes nothing and publishes nothing. */
    @Transactional
    public Terminal retire(UUID merchantId, UUID storeId, UUID terminalId, RetireTerminal command, Caller caller) {
        requireAdministers(merchantId, caller);
        Terminal terminal = byId(terminalId).filter(t -> t.merchantId().equals(merchantId) && t.storeId().equals(storeId))
                .orElseThrow(() -> new StoreRefusal.TerminalUnknown().refused());
        if (terminal.retiredAt() != null) {
            return terminal;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE terminal SET retired_at = :at, retire_reason = :reason WHERE id = :id AND retired_at IS NULL")
                .param("at", Timestamp.from(now)).param("reason", command.reason().strip()).param("id", terminalId).update();
        events.publish(new TerminalRetired(terminalId, merchantId, storeId, command.reason().strip(), now));
        return byId(terminalId).orElseThrow();
    }

    public List<Terminal> ofStore(UUID merchantId, UUID storeId, Caller caller) {
        if (!caller.mayViewMerchant(merchantId)) {
            throw new StoreRefusal.NotYourMerchant().refused();
        }
        requireStoreOf(merchantId, storeId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM terminal WHERE store_id = :s ORDER BY registered_at").param("s", storeId)
                .query(Terminal.class).list();
    }

    Optional<Terminal> byId(UUID terminalId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM terminal WHERE id = :id").param("id", terminalId).query(Terminal.class).optional();
    }

    private void requireStoreOf(UUID merchantId, UUID storeId) {
        boolean found = jdbc.sql("SELECT count(*) FROM store WHERE id = :s AND merchant_id = :m").param("s", storeId).param("m", merchantId)
                .query(Long.class).single() > 0;
        if (!found) {
            throw new StoreRefusal.StoreUnknown().refused();
        }
    }

    private static void requireAdministers(UUID merchantId, Caller caller) {
        if (!caller.administers(merchantId)) {
            throw new StoreRefusal.NotYourMerchant().refused();
        }
    }
}
