package org.citycoop.voucher.codes;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps codes out of the database in plain: {@link #hash} (HMAC-SHA256 under the hash key, shared
 * with redemption-service, which looks codes up the same way) and {@link #seal}/{@link #unseal}
 * (AES-256-GCM under the seal key, bound to the voucher id), so the holder can be shown the code
 * again. A copy of the table without the keys spends nothing. Keys: {@code citycoop.voucher-codes.hash-key}
 * and {@code citycoop.voucher.code-seal-key}, 32 bytes in base64, from the environment in production.
 */
@Component
public class CodeVault {

    private static final Logger LOG = LoggerFactory.getLogger(CodeVault.class);

    private final byte[] hashKey;
    private final SecretKeySpec sealKey;

    CodeVault(VoucherCodeSettings codes, CodeSealSettings seal) {
        this.hashKey = key(codes.hashKey(), "citycoop.voucher-codes.hash-key");
        this.sealKey = new SecretKeySpec(key(seal.codeSealKey(), "citycoop.voucher.code-seal-key"), "AES");
        if (new String(this.hashKey, java.nio.charset.StandardCharsets.ISO_8859_1).contains(seal.localKeysMarker())) {
            LOG.warn("Voucher codes are protected with the local development keys: set CITYCOOP_VOUCHER_CODES_HASH_KEY and "
                    + "CITYCOOP_VOUCHER_CODE_SEAL_KEY (32 random bytes, base64) before selling real vouchers.");
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes in base64, not " + key.length);
        }
        return key;
    }

    public String hash(VoucherCode code) {
        return code.keyedHash(hashKey);
    }

    /** Nonce and ciphertext of the code; the voucher id is authenticated with it, so a sealed code cannot be moved to another row. */
    public byte[] seal(VoucherCode code, UUID voucherId) {
        try {
            return Sealing.seal(sealKey, code.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII), bytes(voucherId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public VoucherCode unseal(byte[] sealed, UUID voucherId) {
        try {
            String value = new String(Sealing.open(sealKey, sealed, bytes(voucherId)), java.nio.charset.StandardCharsets.US_ASCII);
            return VoucherCode.parse(value).orElseThrow(() -> new IllegalStateException("a sealed code that is no code"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed code of voucher " + voucherId + " does not open with this key", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
