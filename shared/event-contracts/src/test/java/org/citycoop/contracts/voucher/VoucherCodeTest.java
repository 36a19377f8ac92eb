package org.citycoop.contracts.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Codes as people type them and scanners read them; typos caught by the check symbol. */
class VoucherCodeTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCodeHasOverAHundredRandomBitsAndReadsBackInEveryForm() {
        assertThat(VoucherCode.RANDOM_BITS).isGreaterThanOrEqualTo(100).isEqualTo(115);
        VoucherCode code = VoucherCode.generate();
        assertThat(code.value()).hasSize(24).matches("[0-9A-HJKMNP-TV-Z]{24}");
        assertThat(code.grouped()).matches("([0-9A-Z]{4}-){5}[0-9A-Z]{4}");
        assertThat(VoucherCode.parse(code.value())).contains(code);
        assertThat(VoucherCode.parse(code.grouped().toLowerCase())).contains(code);
        assertThat(VoucherCode.parse(" " + code.grouped().replace("-", " ") + " ")).contains(code);
        assertThat(VoucherCode.parse(code.uri())).contains(code);
        assertThat(VoucherCode.parse("CITYCOOP:V1:" + code.value())).contains(code);
        assertThat(code.toString()).doesNotContain(code.value()).endsWith(code.hint() + "]");
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsTheDigits() {
        VoucherCode code = codeWith('0', '1');
        String typed = code.value().replace('0', 'O').replace('1', 'l');
        assertThat(VoucherCode.parse(typed)).contains(code);
    }

    /** Property: over many random codes, every single wrong symbol anywhere is caught. */
    @RepeatedTest(200)
    void everySingleWrongSymbolIsCaught() {
        VoucherCode code = VoucherCode.generate();
        String value = code.value();
        for (int position = 0; position < value.length(); position++) {
            for (char wrong : VoucherCode.ALPHABET.toCharArray()) {
                if (wrong == value.charAt(position)) {
                    continue;
                }
                String typo = value.substring(0, position) + wrong + value.substring(position + 1);
                assertThat(VoucherCode.parse(typo)).as(typo).isEmpty();
            }
        }
    }

    /** Property: swapping two different neighbours is caught nearly always (Luhn mod N misses only one pair of values). */
    @Test
    void swappedNeighboursAreCaughtNearlyAlways() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 2000; n++) {
            String value = VoucherCode.generate().value();
            for (int i = 0; i + 1 < value.length(); i++) {
                if (value.charAt(i) == value.charAt(i + 1)) {
                    continue;
                }
                String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                swaps++;
                if (VoucherCode.parse(swapped).isEmpty()) {
                    caught++;
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.99);
    }

    @Test
    void wrongLengthsAndForeignSymbolsAreNotCodes() {
        String value = VoucherCode.generate().value();
        assertThat(VoucherCode.parse(value.substring(1))).isEmpty();
        assertThat(VoucherCode.parse(value + "0")).isEmpty();
        assertThat(VoucherCode.parse(value.substring(1) + "U")).isEmpty();
        assertThat(VoucherCode.parse("")).isEmpty();
        assertThat(VoucherCode.parse(null)).isEmpty();
        assertThat(VoucherCode.parse("citycoop:v2:" + value)).isEmpty();
    }

    @Test
    void codesDoNotRepeatAndTheirKeyedHashesDependOnTheKey() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(VoucherCode.generate().value())).isTrue();
        }
        VoucherCode code = VoucherCode.generate();
        assertThat(code.keyedHash(KEY)).hasSize(43).isEqualTo(VoucherCode.parse(code.grouped()).orElseThrow().keyedHash(KEY))
                .isNotEqualTo(code.keyedHash("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII)))
                .doesNotContain(code.value());
    }

    private static VoucherCode codeWith(char a, char b) {
        for (int i = 0; i < 100_000; i++) {
            VoucherCode code = VoucherCode.generate();
            if (code.value().indexOf(a) >= 0 && code.value().indexOf(b) >= 0) {
                return code;
            }
        }
        throw new AssertionError("no code with " + a + " and " + b);
    }
}
