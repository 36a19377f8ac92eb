package org.citycoop.platform.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;

/** Stable ids for demo data that several services refer to (a demo owner's merchant, say). */
public final class DemoIds {

    /** The password of every demo account (printed by ./citycoop up). */
    public static final String PASSWORD = "citycoop-demo-2026";

    private DemoIds() {
    }

    /** The id of the demo merchant with this trading name, the same in every service. */
    public static UUID merchant(String tradingName) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-merchant:" + tradingName).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the demo store of a demo merchant (each demo merchant has one, at its seat). */
    public static UUID store(String tradingName) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-store:" + tradingName).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a demo terminal, by its label. */
    public static UUID terminal(String label) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-terminal:" + label).getBytes(StandardCharsets.UTF_8));
    }

    /** The label of the demo terminal at the Feldbach bakery, whose credentials ./citycoop up prints. */
    public static final String FASCHING_TERMINAL = "Kassa 1, Bäckerei Fasching";

    /** The id of a demo voucher program, by its English name. */
    public static UUID program(String englishName) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-program:" + englishName).getBytes(StandardCharsets.UTF_8));
    }

    /** The account id of a demo person, by e-mail (the {@code sub} of their tokens). */
    public static UUID account(String email) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-account:" + email).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A paper voucher the demo's settled past weeks were paid with: voucher-service issues it (no holder, so no
     * demo wallet changes), redemption-service spends it to nothing in the weeks before the first start and
     * settles them. Knowing its code therefore buys nothing.
     *
     * @param label   stable name; the code follows from it
     * @param program the English name of the demo program
     * @param price   what it was sold for, in the program's currency
     */
    public record SettledWeeksVoucher(String label, String program, String price) {

        /** Its code, the same in every service. */
        public VoucherCode code() {
            return settledWeeksCode(label);
        }
    }

    /** The vouchers spent in the demo's settled past weeks. */
    public static final List<SettledWeeksVoucher> SETTLED_WEEKS_VOUCHERS = List.of(
            new SettledWeeksVoucher("feldbach-1", "Feldbach city voucher", "50"),
            new SettledWeeksVoucher("feldbach-2", "Feldbach city voucher", "20"),
            new SettledWeeksVoucher("ptuj-1", "Ptuj voucher (Ptuj, Ormož, Lenart)", "25"),
            new SettledWeeksVoucher("lenti-1", "Lenti voucher", "10000"),
            new SettledWeeksVoucher("region-1", "City Cooperation regional voucher", "50"),
            new SettledWeeksVoucher("region-2", "City Cooperation regional voucher", "50"),
            new SettledWeeksVoucher("region-3", "City Cooperation regional voucher", "25"));

    /** 23 symbols from the label's SHA-256, then the one check symbol that makes it a valid code. */
    private static VoucherCode settledWeeksCode(String label) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(("citycoop-demo-settled-weeks-voucher:" + label).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < VoucherCode.RANDOM_SYMBOLS; i++) {
            symbols.append(alphabet.charAt((digest[i] & 0xff) % 32));
        }
        for (int check = 0; check < 32; check++) {
            var code = VoucherCode.parse(symbols.toString() + alphabet.charAt(check));
            if (code.isPresent()) {
                return code.get();
            }
        }
        throw new IllegalStateException("one of 32 check symbols always fits");
    }
}
