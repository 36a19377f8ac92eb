package org.citycoop.voucher.lifecycle;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.citycoop.platform.throttle.Limit;
import org.citycoop.platform.throttle.Throttle;
import org.citycoop.platform.throttle.Throttled;
import org.springframework.stereotype.Component;

/**
 * Claiming by code is guessing by code unless it is limited (ADR 24): after
 * {@code citycoop.wallet.claims.unknown-codes.per-account} unknown codes (10) within
 * {@code .window} (15 minutes) an account, and after {@code .per-address} (30) the address they came
 * from, is refused (429) until the window turns, before anything is looked up, so a refused claim
 * claims nothing. The address is the request's remote address: the connection's own, or, when the
 * connection comes from a trusted proxy (the web front, the ingress:
 * {@code server.tomcat.remoteip.internal-proxies}), the client it names in {@code X-Forwarded-For}
 * (Tomcat's RemoteIpValve, the platform default); IPv6 addresses count by their /64 network, which one
 * subscriber holds whole.
 */
@Component
class ClaimThrottle {

    static final String TYPE = "throttled-unknown-codes";

    private final Throttle accounts;
    private final Throttle addresses;

    ClaimThrottle(ClaimThrottleSettings settings) {
        ClaimThrottleSettings.UnknownCodes unknownCodes = settings.unknownCodes();
        this.accounts = Throttle.of(Limit.strikes(unknownCodes.perAccount(), unknownCodes.window()), settings.maxKeys());
        this.addresses = Throttle.of(Limit.strikes(unknownCodes.perAddress(), unknownCodes.window()), settings.maxKeys());
    }

    /** Refuses (429) while the account or the address is locked out, for the longer of the two waits. */
    void admit(String account, String address) {
        Stream.of(accounts.lockedOut(account), addresses.lockedOut(network(address))).flatMap(Optional::stream).max(Duration::compareTo)
                .ifPresent(wait -> {
                    throw new Throttled(TYPE, wait);
                });
    }

    /** Counts an unknown code against the account and the address. */
    void unknownCode(String account, String address) {
        accounts.strike(account);
        addresses.strike(network(address));
    }

    /** The key an address counts under: an IPv4 address itself, an IPv6 address its /64 network. */
    static String network(String address) {
        try {
            InetAddress parsed = InetAddress.ofLiteral(address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException notALiteral) {
            return address;
        }
    }
}
