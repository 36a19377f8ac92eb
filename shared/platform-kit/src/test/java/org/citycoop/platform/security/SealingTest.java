package org.citycoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class SealingTest {

    final SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
    final SecretKeySpec otherKey = new SecretKeySpec(filled((byte) 7), "AES");
    final byte[] plain = "CC-7K4Q-ABCD".getBytes(StandardCharsets.US_ASCII);
    final byte[] row = "voucher-1".getBytes(StandardCharsets.UTF_8);

    static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, value);
        return bytes;
    }

    @Test
    void whatIsSealedOpensWithTheSameKeyAndBinding() throws GeneralSecurityException {
        assertThat(Sealing.open(key, Sealing.seal(key, plain, row), row)).isEqualTo(plain);
    }

    @Test
    void aFreshNonceEachTime() throws GeneralSecurityException {
        assertThat(Sealing.seal(key, plain, row)).isNotEqualTo(Sealing.seal(key, plain, row));
    }

    @Test
    void storedAsNonceThenCiphertextWithItsTag() throws GeneralSecurityException {
        byte[] sealed = Sealing.seal(key, plain, row);

        assertThat(sealed).hasSize(12 + plain.length + 16);
        // as the services stored it before the kit had it: readable by a plain AES-GCM decryption of the bytes after the nonce
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
        cipher.updateAAD(row);
        assertThat(cipher.doFinal(sealed, 12, sealed.length - 12)).isEqualTo(plain);
    }

    @Test
    void whatWasSealedBeforeTheKitOpens() throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(row);
        byte[] body = cipher.doFinal(plain);
        byte[] stored = ByteBuffer.allocate(12 + body.length).put(nonce).put(body).array();

        assertThat(Sealing.open(key, stored, row)).isEqualTo(plain);
    }

    @Test
    void anotherBindingDoesNotOpen() throws GeneralSecurityException {
        byte[] sealed = Sealing.seal(key, plain, row);

        assertThatThrownBy(() -> Sealing.open(key, sealed, "voucher-2".getBytes(StandardCharsets.UTF_8))).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void anotherKeyDoesNotOpen() throws GeneralSecurityException {
        byte[] sealed = Sealing.seal(key, plain, row);

        assertThatThrownBy(() -> Sealing.open(otherKey, sealed, row)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aChangedByteDoesNotOpen() throws GeneralSecurityException {
        byte[] sealed = Sealing.seal(key, plain, row);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> Sealing.open(key, sealed, row)).isInstanceOf(AEADBadTagException.class);
    }
}
