package org.citycoop.redemption.checkout.images;

import org.citycoop.platform.refusal.Refused;

/**
 * Why no voucher code is read from an image, thrown by {@link QrImages} as {@link Refused} and mapped to its
 * problem detail at the web edge ({@link ImageRefusalProblems}).
 */
public enum ImageRefusal {

    /** Not a PNG or JPEG that can be read. */
    UNREADABLE,
    /** Wider or higher than {@link QrImages#MAX_SIDE} pixels, by its header: not decoded. */
    TOO_LARGE,
    /** A picture, but no QR code in it. */
    NO_QR;

    /** This refusal, to be thrown out of the reader. */
    Refused refused() {
        return new Refused(this);
    }
}
