package org.citycoop.analytics.measures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A measure's answer as a table for export: CSV (RFC 4180, UTF-8, a point as decimal separator, for
 * programs) or XLSX (numbers as numbers, which the spreadsheet shows in the reader's own format).
 * Suppressed cells are empty, with {@code suppressed} = true.
 */
record Table(String name, List<String> header, List<List<Object>> rows) {

    void csv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (List<Object> row : rows) {
                    printer.printRecord(row.stream().map(value -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void xlsx(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "citycoop", "1.0");
            Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int column = 0; column < row.size(); column++) {
                    Object value = row.get(column);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, column, number);
                    } else if (value instanceof Boolean flag) {
                        sheet.value(r + 1, column, flag);
                    } else if (value != null) {
                        sheet.value(r + 1, column, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
