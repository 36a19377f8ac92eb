package org.citycoop.contracts.voucher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A voucher's code: 23 random symbols of Crockford's base 32 (115 bits from {@link SecureRandom})
 * and one check symbol (Luhn mod 32), written in six groups of four: {@code 7K2Q-9XMD-…}. Typing is
 * forgiving (lower case, spaces, O for 0, I and L for 1); a mistyped symbol or two swapped neighbours
 * fail the check before anything is looked up. The QR code carries {@code citycoop:v1:<code>}.
 * Services store only {@link #keyedHash(byte[])} of a code, never the code.
 */
public final class VoucherCode {

    /** Crockford's base 32: digits and letters without I, L, O and U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Random symbols per code: 23 × 5 = 115 bits. */
    public static final int RANDOM_SYMBOLS = 23;
    public static final int RANDOM_BITS = RANDOM_SYMBOLS * 5;
    public static final String URI_PREFIX = "citycoop:v1:";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String symbols;

    private VoucherCode(String symbols) {
        this.symbols = symbols;
    }

    /** A new random code. */
    public static VoucherCode generate() {
        StringBuilder code = new StringBuilder(RANDOM_SYMBOLS + 1);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        code.append(ALPHABET.charAt(checkValue(code)));
        return new VoucherCode(code.toString());
    }

    /**
     * Reads a code as a person typed it or a scanner read it (with or without the {@code citycoop:v1:}
     * prefix); empty if it is not a well-formed code or its check symbol does not match.
     */
    public static Optional<VoucherCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        if (text.regionMatches(true, 0, URI_PREFIX, 0, URI_PREFIX.length())) {
            text = text.substring(URI_PREFIX.length());
        }
        StringBuilder symbols = new StringBuilder(RANDOM_SYMBOLS + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c == '-' || c == ' ') {
                continue;
            }
            c = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            symbols.append(c);
        }
        if (symbols.length() != RANDOM_SYMBOLS + 1) {
            return Optional.empty();
        }
        int check = ALPHABET.indexOf(symbols.charAt(RANDOM_SYMBOLS));
        if (checkValue(symbols.subSequence(0, RANDOM_SYMBOLS)) != check) {
            return Optional.empty();
        }
        return Optional.of(new VoucherCode(symbols.toString()));
    }

    /** Luhn mod 32 over the random symbols: catches every single wrong symbol and most swaps of neighbours. */
    static int checkValue(CharSequence symbols) {
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return (32 - sum % 32) % 32;
    }

    /** The 24 symbols without separators. */
    public String value() {
        return symbols;
    }

    /** For people: six groups of four, {@code 7K2Q-9XMD-…}. */
    public String grouped() {
        StringBuilder out = new StringBuilder(29);
        for (int i = 0; i < symbols.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(symbols, i, i + 4);
        }
        return out.toString();
    }

    /** What the QR code carries. */
    public String uri() {
        return URI_PREFIX + symbols;
    }

    /** The last four symbols, shown so a holder can tell vouchers apart without the code. */
    public String hint() {
        return symbols.substring(symbols.length() - 4);
    }

    /** HMAC-SHA256 of the code under {@code key}, base64url: what services store and look codes up by. */
    public String keyedHash(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(symbols.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VoucherCode code && code.symbols.equals(symbols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbols);
    }

    /** Never the code itself: codes must not end up in logs. */
    @Override
    public String toString() {
        return "VoucherCode[…" + hint() + "]";
    }
}
