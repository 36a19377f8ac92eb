package org.citycoop.redemption.checkout.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.citycoop.platform.refusal.Refused;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** What the reader refuses, and the 400 naming {@code image} that each refusal is at the web edge. */
class QrImagesTest {

    private final QrImages images = new QrImages();

    @Test
    void textThatIsNoPictureIsUnreadable() {
        assertThat(refusalOf("voucher FB-2026-0001".getBytes(StandardCharsets.UTF_8))).isEqualTo(ImageRefusal.UNREADABLE);
    }

    @Test
    void aPictureWiderThanTheLimitIsRefusedByItsHeader() throws IOException {
        assertThat(refusalOf(png(QrImages.MAX_SIDE + 1, 1))).isEqualTo(ImageRefusal.TOO_LARGE);
    }

    @Test
    void aPictureWithoutQrCodeHasNoCode() throws IOException {
        assertThat(refusalOf(png(40, 40))).isEqualTo(ImageRefusal.NO_QR);
    }

    @Test
    void eachRefusalIsA400NamingTheImageWithItsOwnCode() {
        assertThat(new ImageRefusalProblems().problem(ImageRefusal.UNREADABLE)).satisfies(p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(p.type()).isEqualTo("invalid-request");
            assertThat(p.violations()).singleElement().satisfies(v -> assertThat(v.field() + " " + v.code()).isEqualTo("image checkout.image-unreadable"));
        });
        assertThat(new ImageRefusalProblems().problem(ImageRefusal.TOO_LARGE).violations()).singleElement().satisfies(v -> {
            assertThat(v.field() + " " + v.code()).isEqualTo("image checkout.image-too-large");
            assertThat(v.args()).containsExactly(QrImages.MAX_SIDE);
        });
        assertThat(new ImageRefusalProblems().problem(ImageRefusal.NO_QR).violations()).extracting(RequestRejected.Violation::code)
                .containsExactly("checkout.no-qr");
    }

    private ImageRefusal refusalOf(byte[] image) {
        return (ImageRefusal) catchThrowableOfType(Refused.class, () -> images.read(image)).refusal();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage white = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                white.getRaster().setSample(x, y, 0, 255);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(white, "png", out);
        return out.toByteArray();
    }
}
