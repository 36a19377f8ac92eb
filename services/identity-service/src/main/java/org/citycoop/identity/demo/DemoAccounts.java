package org.citycoop.identity.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.TerminalRegistered;
import org.citycoop.identity.accounts.Account;
import org.citycoop.identity.accounts.Accounts;
import org.citycoop.identity.terminals.TerminalCredentials;
import org.citycoop.identity.terminals.Terminals;
import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role (password {@link DemoIds#PASSWORD}) and a terminal of the Feldbach
 * bakery, so every journey can be tried right after ./citycoop up, which prints them.
 */
@Component
@Order(10)
class DemoAccounts implements DemoDataSet {

    static final String TERMINAL_ID = "terminal-demo-fasching";
    static final String TERMINAL_SECRET = "demo-terminal-fasching-secret";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TerminalCredentials terminals;
    private final Terminals registry;
    private final IntegrationEvents events;

    DemoAccounts(Accounts accounts, PasswordEncoder passwords, TerminalCredentials terminals, Terminals registry, IntegrationEvents events) {
        this.registry = registry;
        this.events = events;
        this.accounts = accounts;
        this.passwords = passwords;
        this.terminals = terminals;
    }

    @Override
    public String name() {
        return "identity-service/demo-accounts";
    }

    @Override
    public String load() {
        UUID fasching = DemoIds.merchant("Bäckerei Fasching");
        String hash = passwords.encode(DemoIds.PASSWORD);
        List<Account> demo = List.of(
                account("operator@citycoop.demo", "Olga Operator", hash, EnumSet.of(Role.OPERATOR), null, List.of(), false, null, "en"),
                account("economist@citycoop.demo", "Erika Ökonomin (region)", hash, EnumSet.of(Role.ECONOMIST), null, List.of(), true, null, "de"),
                account("economist.ptuj@citycoop.demo", "Eva Ekonomistka (Ptuj, Ormož, Lenart)", hash, EnumSet.of(Role.ECONOMIST), null,
                        List.of("si-ptuj", "si-ormoz", "si-lenart"), false, null, "sl"),
                account("owner.fasching@citycoop.demo", "Franz Fasching", hash, EnumSet.of(Role.MERCHANT_OWNER), fasching, List.of(), false,
                        null, "de"),
                account("cashier.fasching@citycoop.demo", "Karin Kassierin", hash, EnumSet.of(Role.CASHIER), fasching, List.of(), false, null,
                        "de"),
                account("shopper.ptuj@citycoop.demo", "Petra Kupka", hash, EnumSet.of(Role.SHOPPER), null, List.of(), false, "si-ptuj", "sl"),
                account("shopper.feldbach@citycoop.demo", "Stefan Kunde", hash, EnumSet.of(Role.SHOPPER), null, List.of(), false, "at-feldbach",
                        "de"),
                account("shopper.lenti@citycoop.demo", "Lilla Vásárló", hash, EnumSet.of(Role.SHOPPER), null, List.of(), false, "hu-lenti", "hu"));
        demo.forEach(accounts::add);
        // announced like real sign-ups, so other services (wallets in voucher-service) know them
        demo.forEach(account -> events.publish(new UserRegistered(account.id(), account.roles().stream().map(Role::name).sorted().toList(),
                account.homeCity(), account.merchantId(), java.time.Instant.now())));
        // the terminal merchant-service's demo data registers at the bakery's store; its event may come later and then changes nothing
        UUID terminalId = DemoIds.terminal(DemoIds.FASCHING_TERMINAL);
        registry.apply(new TerminalRegistered(terminalId, fasching, DemoIds.store("Bäckerei Fasching"), DemoIds.FASCHING_TERMINAL, "POS",
                java.time.Instant.now()));
        terminals.issue(registry.registered(terminalId).orElseThrow(), "demo-data", TERMINAL_ID, TERMINAL_SECRET);
        return demo.size() + " accounts, 1 terminal";
    }

    private static Account account(String email, String name, String hash, EnumSet<Role> roles, UUID merchant, List<String> cities,
            boolean region, String homeCity, String language) {
        return new Account(DemoIds.account(email),
                email, hash, name, roles, merchant, cities, region, homeCity, language, Account.Status.ACTIVE, 0, null);
    }
}
