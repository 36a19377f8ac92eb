package org.citycoop.web.checkout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import lombok.RequiredArgsConstructor;

/**
 * Reads the QR code in a photo the browser could not read itself ({@code POST /checkout/api/photos},
 * PNG or JPEG, at most 4,000 pixels a side, checked from the image's header before it is decoded) with
 * ZXing trying harder, and gives back its text: a voucher's code or a member card. Only reading: what
 * the code is worth is asked of redemption-service as for any scan.
 */
@RestController
@RequiredArgsConstructor
class QrPhotos {

    static final int MAX_SIDE = 4000;
    static final int MAX_BYTES = 12 * 1024 * 1024;

    record Read(String text) {
    }

    private final MessageSource messages;

    @PostMapping(path = "/checkout/api/photos", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    ResponseEntity<?> read(@RequestBody byte[] photo, Locale locale) {
        if (photo.length > MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        BufferedImage picture = picture(photo);
        if (picture == null) {
            return refused("checkout.js.no-code-in-photo", locale);
        }
        try {
            String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            return ResponseEntity.ok(new Read(text));
        } catch (NotFoundException e) {
            return refused("checkout.js.no-code-in-photo", locale);
        }
    }

    /** The picture, or null when it is none or larger than {@link #MAX_SIDE} (known from its header, before decoding). */
    private static BufferedImage picture(byte[] photo) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private ResponseEntity<ProblemDetail> refused(String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(key, null, locale));
        problem.setType(java.net.URI.create("urn:citycoop:problem:no-qr-code"));
        problem.setTitle(messages.getMessage(key, null, locale));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
