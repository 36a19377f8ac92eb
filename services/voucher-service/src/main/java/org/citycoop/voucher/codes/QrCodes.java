package org.citycoop.voucher.codes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.citycoop.contracts.voucher.VoucherCode;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of vouchers (ZXing): the code's URI {@code citycoop:v1:<code>}, error correction M, a
 * quiet zone of four modules, as PNG or as SVG (one path, crisp at any size and on paper).
 */
@Component
public class QrCodes {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

    /** The QR matrix of a code, one module per cell. */
    public BitMatrix matrix(VoucherCode code) {
        try {
            return new QRCodeWriter().encode(code.uri(), BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalStateException("a 36-character URI always fits a QR code", e);
        }
    }

    /** A PNG about {@code size} pixels wide (whole pixels per module). */
    public byte[] png(VoucherCode code, int size) {
        BitMatrix modules = matrix(code);
        int scale = Math.max(1, size / modules.getWidth());
        BitMatrix scaled = new BitMatrix(modules.getWidth() * scale);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    scaled.setRegion(x * scale, y * scale, scale, scale);
                }
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(scaled, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SVG whose dark modules are one path; the view box is the module grid. */
    public String svg(VoucherCode code) {
        BitMatrix modules = matrix(code);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int n = modules.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
