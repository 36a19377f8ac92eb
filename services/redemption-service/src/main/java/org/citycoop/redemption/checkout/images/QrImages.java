package org.citycoop.redemption.checkout.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.citycoop.platform.refusal.Refused;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Reads the QR code in a photo or screenshot of a voucher (PNG or JPEG) with ZXing. The image's size
 * is checked from its header before it is decoded (at most 4,000 × 4,000 pixels), so a small file that
 * unpacks into a huge picture is refused rather than filling memory.
 */
@Component
public class QrImages {

    static final int MAX_SIDE = 4000;

    /** The text of the QR code in the image; {@link Refused} with an {@link ImageRefusal} if there is none or the image cannot be read. */
    public String read(byte[] image) {
        BufferedImage picture = decode(image);
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw ImageRefusal.NO_QR.refused();
        }
    }

    private static BufferedImage decode(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw ImageRefusal.UNREADABLE.refused();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw ImageRefusal.TOO_LARGE.refused();
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw ImageRefusal.UNREADABLE.refused();
        }
    }
}
