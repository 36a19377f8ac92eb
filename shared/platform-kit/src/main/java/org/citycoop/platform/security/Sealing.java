package org.citycoop.platform.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets a service keeps in its database, sealed with AES-256-GCM: a fresh 12-byte nonce, then the ciphertext with its
 * 128-bit tag. What it is bound to (the row's id, the key's id) is authenticated with it, so a sealed value cannot be moved
 * to another row. voucher-service's codes and points-service's member keys are stored this way.
 */
public final class Sealing {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Sealing() {
    }

    /** Nonce and ciphertext of {@code plain}, bound to {@code boundTo}. */
    public static byte[] seal(SecretKey key, byte[] plain, byte[] boundTo) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo);
        byte[] sealed = cipher.doFinal(plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** What {@link #seal} sealed; refused (an {@code AEADBadTagException}) with another key, another {@code boundTo} or a changed byte. */
    public static byte[] open(SecretKey key, byte[] sealed, byte[] boundTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(boundTo);
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }
}
