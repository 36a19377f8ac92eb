package org.citycoop.platform.idempotency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fingerprint of a request, to tell its retry from another request under the same key: its parts
 * joined with {@code |}, each as {@link String#valueOf} ({@code null} as {@code null}) except amounts,
 * which count by value ({@code 12.50} and {@code 12.5} are one amount). Stored beside the answer, so a
 * command's fingerprint may never change its form: earlier answers are compared with it.
 */
public final class RequestFingerprint {

    private final String text;
    private final List<byte[]> contents;

    private RequestFingerprint(String text, List<byte[]> contents) {
        this.text = text;
        this.contents = contents;
    }

    /** The request's parts, in a fixed order. */
    public static RequestFingerprint of(@Nullable Object... parts) {
        return new RequestFingerprint(String.join("|", Arrays.stream(parts).map(RequestFingerprint::part).toList()), List.of());
    }

    /** With a body that is not text (an uploaded file), counted in the {@link #sha256} after the parts. */
    public RequestFingerprint withContent(byte[] content) {
        List<byte[]> more = new ArrayList<>(contents);
        more.add(content.clone());
        return new RequestFingerprint(text, List.copyOf(more));
    }

    /** The parts as text, as they are joined. */
    public String plain() {
        if (!contents.isEmpty()) {
            throw new IllegalStateException("a fingerprint with content is a digest: use sha256()");
        }
        return text;
    }

    /** The SHA-256 of the parts (UTF-8) and then of each content, as 64 lower-case hex digits. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            contents.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return contents.isEmpty() ? text : text + " +" + contents.size() + " content";
    }

    private static String part(@Nullable Object part) {
        return part instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : String.valueOf(part);
    }
}
