package org.citycoop.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void partsAreJoinedWithBarsNullsAsNullAndAmountsByValue() {
        assertThat(RequestFingerprint.of(PROGRAM, new BigDecimal("12.50"), null, "EUR", List.of(1, 2)).plain())
                .isEqualTo("00000000-0000-0000-0000-00000000000a|12.5|null|EUR|[1, 2]");
        assertThat(RequestFingerprint.of(new BigDecimal("1E+2")).plain()).as("no exponent").isEqualTo("100");
        assertThat(RequestFingerprint.of("only").plain()).isEqualTo("only");
    }

    @Test
    void theSameRequestHasOneFingerprintAndAnotherRequestAnother() {
        assertThat(RequestFingerprint.of(PROGRAM, new BigDecimal("10.0")).sha256()).isEqualTo(RequestFingerprint.of(PROGRAM, BigDecimal.TEN).sha256());
        assertThat(RequestFingerprint.of(PROGRAM, new BigDecimal("10.01")).sha256()).isNotEqualTo(RequestFingerprint.of(PROGRAM, BigDecimal.TEN).sha256());
    }

    @Test
    void theDigestIsSha256OfThePartsThenOfEachContent() {
        // the FIPS 180-2 test vector "abc", split between the parts and a content
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(RequestFingerprint.of("abc").sha256()).isEqualTo(abc);
        assertThat(RequestFingerprint.of("a").withContent("bc".getBytes(StandardCharsets.UTF_8)).sha256()).isEqualTo(abc);
        assertThat(RequestFingerprint.of("a").withContent("b".getBytes(StandardCharsets.UTF_8)).withContent("c".getBytes(StandardCharsets.UTF_8)).sha256())
                .isEqualTo(abc);
    }

    @Test
    void aFingerprintWithContentIsOnlyADigest() {
        assertThatThrownBy(() -> RequestFingerprint.of("a").withContent(new byte[] {1}).plain()).isInstanceOf(IllegalStateException.class);
    }
}
