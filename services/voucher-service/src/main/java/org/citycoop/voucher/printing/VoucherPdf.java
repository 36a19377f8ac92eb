package org.citycoop.voucher.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.i18n.Formats;
import org.citycoop.voucher.codes.QrCodes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.google.zxing.common.BitMatrix;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Writes vouchers as A6 pages (105 × 148 mm): program, amount, QR code (drawn as vectors), the code
 * in groups, valid until, and where it can be spent, in German, Slovenian, Hungarian or English.
 * DejaVu Sans is embedded (subset), so č, ő and ű print. Pages are kept in a temporary file while the
 * document is written, not in memory, so a bulk order of thousands streams.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VoucherPdf {

    /** One voucher as printed. */
    public record Printed(String programName, Money faceValue, VoucherCode code, LocalDate validUntil, List<String> cityCodes,
            @org.jspecify.annotations.Nullable String recipient) {
    }

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A6 = new PDRectangle(105 * MM, 148 * MM);

    private final QrCodes qr;
    private final MessageSource messages;

    /** Writes one page per voucher to {@code out}, pulling vouchers one at a time. */
    public void write(Iterator<Printed> vouchers, String language, OutputStream out) {
        Locale locale = Locale.forLanguageTag(Formats.language(language));
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("pdf.title", locale));
            info.setCreator("citycoop voucher-service");
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            while (vouchers.hasNext()) {
                page(document, vouchers.next(), locale, regular, bold);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument document, Printed voucher, Locale locale, PDFont regular, PDFont bold) throws IOException {
        PDPage page = new PDPage(A6);
        document.addPage(page);
        float width = A6.getWidth();
        float margin = 8 * MM;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = A6.getHeight() - margin - 10;
            y = line(content, bold, 9, margin, y, text("pdf.title", locale).toUpperCase(locale));
            y = wrapped(content, bold, 12, margin, y - 4, width - 2 * margin, voucher.programName());
            y = line(content, bold, 26, margin, y - 14, Formats.money(voucher.faceValue(), locale.getLanguage()));
            if (voucher.recipient() != null) {
                y = line(content, regular, 9, margin, y - 4, text("pdf.for", locale) + " " + voucher.recipient());
            }
            float size = 44 * MM;
            drawQr(content, qr.matrix(voucher.code()), (width - size) / 2, y - 8 - size, size);
            y = y - 8 - size - 14;
            String code = voucher.code().grouped();
            content.beginText();
            content.setFont(bold, 10);
            content.newLineAtOffset((width - bold.getStringWidth(code) / 1000 * 10) / 2, y);
            content.showText(code);
            content.endText();
            y = line(content, regular, 9, margin, y - 18, text("pdf.valid-until", locale) + " " + Formats.date(voucher.validUntil(), locale.getLanguage()));
            String where = voucher.cityCodes().size() == PartnerCity.values().length ? text("pdf.everywhere", locale)
                    : String.join(", ", voucher.cityCodes().stream().map(c -> PartnerCity.byCode(c).map(PartnerCity::officialName).orElse(c)).toList());
            y = wrapped(content, regular, 9, margin, y - 4, width - 2 * margin, text("pdf.accepted-in", locale) + " " + where);
            wrapped(content, regular, 7, margin, Math.min(y - 6, margin + 20), width - 2 * margin, text("pdf.how", locale));
        }
    }

    private static void drawQr(PDPageContentStream content, BitMatrix modules, float x, float y, float size) throws IOException {
        float module = size / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    private static float line(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - size;
    }

    private static float wrapped(PDPageContentStream content, PDFont font, float size, float x, float y, float width, String text) throws IOException {
        StringBuilder current = new StringBuilder();
        float at = y;
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                at = line(content, font, size, x, at, current.toString()) - 2;
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        return current.isEmpty() ? at : line(content, font, size, x, at, current.toString());
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = VoucherPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the service");
            }
            return PDType0Font.load(document, in);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
