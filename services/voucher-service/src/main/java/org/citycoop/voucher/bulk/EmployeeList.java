package org.citycoop.voucher.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citycoop.voucher.bulk.decision.Employee;
import org.citycoop.voucher.bulk.decision.EmployeeRows;
import org.citycoop.voucher.issuance.decision.Problem;

/**
 * An uploaded list of employees, as spreadsheets export it: UTF-8 (a byte-order mark is fine),
 * comma or semicolon separated, a header row with {@code employee_id}, {@code name} and optionally
 * {@code amount} (decimal comma or point). Every row's problems are reported with its line number
 * ({@code employees[4].amount} is line 4 of the file, the header being line 1).
 */
final class EmployeeList {

    static final int MAX_ROWS = 20_000;

    private EmployeeList() {
    }

    /** The rows of the list and what made the file or rows unreadable; the rules of the rows are {@code LinePolicy}'s. */
    static EmployeeRows parse(InputStream csv) {
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(csv.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return new EmployeeRows(List.of(), List.of(Problem.of("employees", "bulk.csv-encoding")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(false).get();
        List<Employee> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("employee_id") || !header.contains("name")) {
                problems.add(Problem.of("employees", "bulk.csv-header", String.join(", ", parser.getHeaderNames())));
                return new EmployeeRows(List.of(), problems);
            }
            String idColumn = parser.getHeaderNames().get(header.indexOf("employee_id"));
            String nameColumn = parser.getHeaderNames().get(header.indexOf("name"));
            String amountColumn = header.contains("amount") ? parser.getHeaderNames().get(header.indexOf("amount")) : null;
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (rows.size() >= MAX_ROWS) {
                    problems.add(Problem.of("employees", "bulk.csv-too-long", MAX_ROWS));
                    break;
                }
                String ref = value(record, idColumn);
                String name = value(record, nameColumn);
                String amountText = amountColumn == null ? "" : value(record, amountColumn);
                if (!record.isConsistent()) {
                    problems.add(Problem.of("employees[" + line + "]", "bulk.csv-columns", parser.getHeaderNames().size(), record.size()));
                    continue;
                }
                BigDecimal amount = null;
                boolean unreadable = false;
                if (!amountText.isEmpty()) {
                    try {
                        amount = new BigDecimal(amountText.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
                    } catch (NumberFormatException e) {
                        problems.add(Problem.of("employees[" + line + "].amount", "bulk.amount-number", amountText));
                        unreadable = true;
                    }
                }
                rows.add(new Employee(line, ref, name, amount, unreadable));
            }
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(Problem.of("employees", "bulk.csv-broken", String.valueOf(e.getMessage())));
            return new EmployeeRows(List.of(), problems);
        }
        return new EmployeeRows(rows, problems);
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }

    /**
     * The 1-based line on which a record starts, for positions that only grow. A line ends with CR LF, LF or CR; the parser gives
     * a record after blank lines the position where the blank lines begin, so line ends at the position are stepped over first.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            while (position < target && position < text.length()) {
                step();
            }
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                step();
            }
            return line;
        }

        private void step() {
            char c = text.charAt(position++);
            if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
                line++;
            } else if (c == '\r' || c == '\n') {
                line++;
            }
        }
    }
}
