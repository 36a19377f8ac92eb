package org.citycoop.voucher.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.citycoop.contracts.voucher.VoucherCode;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Every code renders to a QR code that ZXing reads back to the same code. */
class QrCodesTest {

    private final QrCodes qr = new QrCodes();

    @Test
    void fiveHundredRandomCodesSurviveTheRoundTripThroughAPng() throws Exception {
        for (int i = 0; i < 500; i++) {
            VoucherCode code = VoucherCode.generate();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.png(code, 240)));
            String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
            assertThat(text).isEqualTo(code.uri());
            assertThat(VoucherCode.parse(text)).contains(code);
        }
    }

    @Test
    void theSvgDrawsExactlyTheDarkModulesOfTheMatrix() {
        VoucherCode code = VoucherCode.generate();
        var matrix = qr.matrix(code);
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }
        String svg = qr.svg(code);
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getWidth() + "\"");
        assertThat(svg.split("h1v1h-1z", -1).length - 1).isEqualTo(dark);
        assertThat(svg).doesNotContain(code.value());
    }

    @Test
    void aPngIsAsLargeAsAskedInWholeModules() throws Exception {
        VoucherCode code = VoucherCode.generate();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.png(code, 480)));
        int modules = qr.matrix(code).getWidth();
        assertThat(image.getWidth()).isEqualTo(modules * (480 / modules)).isLessThanOrEqualTo(480).isGreaterThan(400);
    }
}
