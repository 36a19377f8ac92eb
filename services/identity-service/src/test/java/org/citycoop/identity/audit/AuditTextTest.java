package org.citycoop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the audit log keeps of typed text: bounded, and without control characters. */
class AuditTextTest {

    @Test
    void anOrdinaryAddressIsKeptAsTyped() {
        assertThat(AuditText.bounded("zsofia.kovacs@example.hu")).isEqualTo("zsofia.kovacs@example.hu");
        assertThat(AuditText.bounded(null)).isNull();
    }

    @Test
    void an802CharacterTokenIsCutTo254WithAMarker() {
        String token = "eyJ" + "a".repeat(799);
        String kept = AuditText.bounded(token);
        assertThat(kept).hasSize(254).endsWith("…").startsWith("eyJaaa");
    }

    @Test
    void aTextOfExactly254CharactersIsNotCut() {
        String address = "a".repeat(242) + "@example.com";
        assertThat(AuditText.bounded(address)).isEqualTo(address);
    }

    @Test
    void controlCharactersAreReplacedSoNoLineCanBeForged() {
        assertThat(AuditText.bounded("petra@example.si\u0000\r\nSIGNED_IN operator\u001b[0m")).isEqualTo("petra@example.si\uFFFD\uFFFD\uFFFDSIGNED_IN operator\uFFFD[0m");
    }

    @Test
    void aCutNeverSplitsALetterMadeOfTwoCharacters() {
        String text = "a".repeat(252) + "😀" + "b";
        String kept = AuditText.bounded(text);
        assertThat(kept).hasSize(253).endsWith("a…");
        assertThat(AuditText.bounded("x\uD83D")).isEqualTo("x\uFFFD");
    }
}
