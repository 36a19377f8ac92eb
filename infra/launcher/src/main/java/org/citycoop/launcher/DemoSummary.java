package org.citycoop.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What {@code up} prints about the demo data, from each service's own account of it (the
 * {@code demo} entry of its /actuator/info): the launcher knows no service's tables.
 */
final class DemoSummary {

    private final Function<String, Map<String, Object>> demoOf;
    private final Consumer<Duration> pause;
    private final Consumer<String> say;

    /** @param demoOf a service's demo entry by service name (empty when it does not answer) */
    DemoSummary(Function<String, Map<String, Object>> demoOf, Consumer<Duration> pause, Consumer<String> say) {
        this.demoOf = demoOf;
        this.pause = pause;
        this.say = say;
    }

    static DemoSummary overHttp(Consumer<String> say) {
        return new DemoSummary(name -> Actuator.demo(Service.named(name).port()), Processes::sleep, say);
    }

    void print() {
        Map<String, Object> merchants = demoOf.apply("merchant-service");
        Object merchantCount = merchants.get("merchants");
        // replication and acceptances follow other services' events: give them a moment to arrive
        Object replicas = await(20, Duration.ofMillis(250), () -> demoOf.apply("redemption-service").get("merchantReplicas"),
                r -> r != null && Objects.equals(r, merchantCount));
        say.accept("  " + shown(merchants.get("cities")) + " partner cities; " + shown(merchantCount) + " merchants in merchant-service, "
                + shown(replicas) + " replicated to redemption-service");
        Map<String, Object> vouchers = demoOf.apply("voucher-service");
        Object programs = vouchers.get("activePrograms");
        merchants = await(20, Duration.ofMillis(250), () -> demoOf.apply("merchant-service"),
                m -> m.get("acceptedPrograms") != null && Objects.equals(m.get("acceptedPrograms"), programs));
        say.accept("  " + shown(merchants.get("stores")) + " stores; " + shown(programs) + " active voucher programs, accepted "
                + shown(merchants.get("acceptances")) + " times by the demo merchants");
        say.accept("  " + shown(vouchers.get("walletVouchers"))
                + " vouchers in the demo shoppers' wallets, 2 paper vouchers to try: DEM0-FE1D-BACH-10EV-R0PA-PERY (Feldbach, EUR 10),");
        say.accept("  DEM0-REG1-0N50-EVR0-PAPE-R004 (region, EUR 50) — at the demo terminal's till (README: Try the till)");
        // redemption-service redeems and settles the past weeks once the other services' demo data has reached it
        Object settled = await(120, Duration.ofMillis(500), () -> demoOf.apply("redemption-service").get("settlements"),
                s -> s instanceof Map<?, ?> m && number(m.get("count")) > 0);
        if (settled instanceof Map<?, ?> s && number(s.get("count")) > 0) {
            say.accept("  settled past weeks at the demo shops: " + shown(s.get("count")) + " statements of " + s.get("from") + " to " + s.get("to")
                    + " (statements, payout files and clearing: README)");
        } else {
            say.accept("  the settled past weeks are still being loaded by redemption-service (its log says when)");
        }
        List<?> accounts = demoOf.apply("identity-service").get("accounts") instanceof List<?> list ? list : List.of();
        if (!accounts.isEmpty()) {
            say.accept("");
            say.accept("Demo sign-ins (password citycoop-demo-2026), at http://127.0.0.1:9000/login or through the web front:");
            for (Object account : accounts) {
                if (account instanceof Map<?, ?> a) {
                    say.accept("  " + accountLine(a));
                }
            }
            say.accept("Demo terminal (client credentials): terminal-demo-fasching / demo-terminal-fasching-secret");
            say.accept("  curl -u terminal-demo-fasching:demo-terminal-fasching-secret -d grant_type=client_credentials http://127.0.0.1:9000/oauth2/token");
        }
    }

    /** "shopper.feldbach@citycoop.demo    SHOPPER · Feldbach", the email in a column of 34 as before. */
    static String accountLine(Map<?, ?> account) {
        String email = String.valueOf(account.get("email"));
        String column = email.length() >= 34 ? email.substring(0, 34) : email + " ".repeat(34 - email.length());
        StringBuilder line = new StringBuilder(column).append(joined(account.get("roles")));
        if (account.get("homeCity") instanceof String home) {
            line.append(" · ").append(home);
        }
        if (Boolean.TRUE.equals(account.get("region"))) {
            line.append(" · whole region");
        } else if (account.get("cityCodes") instanceof List<?> codes && !codes.isEmpty()) {
            line.append(" · ").append(joined(codes));
        }
        return line.toString();
    }

    private static String joined(Object values) {
        return values instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : "";
    }

    private static String shown(Object value) {
        return value == null ? "?" : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** Reads until DONE holds, at most TRIES times with a pause after each miss (as the bash loops did); the last read. */
    private <T> T await(int tries, Duration between, Supplier<T> read, Predicate<T> done) {
        T value = read.get();
        for (int i = 1; !done.test(value); i++) {
            pause.accept(between);
            if (i == tries) {
                break;
            }
            value = read.get();
        }
        return value;
    }
}
