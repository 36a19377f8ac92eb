package org.citycoop.voucher.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.citycoop.voucher.bulk.decision.Employee;
import org.citycoop.voucher.bulk.decision.EmployeeRows;
import org.citycoop.voucher.issuance.decision.Problem;
import org.junit.jupiter.api.Test;

/** Reading an uploaded employee list as spreadsheets export it; its rows' rules are the decision's (OrderingTest). No container. */
class EmployeeListTest {

    @Test
    void aSpreadsheetsSemicolonsDecimalCommasAndByteOrderMark() {
        EmployeeRows read = read("\uFEFFName;Employee_ID;Amount\r\nMaria Huber;P-001;100,50\r\nJože Kovač;P-002;\r\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(new Employee(2, "P-001", "Maria Huber", new BigDecimal("100.50"), false),
                new Employee(3, "P-002", "Jože Kovač", null, false));
    }

    @Test
    void aListWithoutTheNeededColumnsNamingWhatItHas() {
        EmployeeRows read = read("Anna;50\n");
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).containsExactly(Problem.of("employees", "bulk.csv-header", "Anna, 50"));
    }

    @Test
    void aFileThatIsNotUtf8() {
        assertThat(EmployeeList.parse(new ByteArrayInputStream(new byte[] {(byte) 0xC4})))
                .isEqualTo(new EmployeeRows(java.util.List.of(), java.util.List.of(Problem.of("employees", "bulk.csv-encoding"))));
    }

    @Test
    void aRowWithTooManyValuesIsNamedAndLeftOut() {
        EmployeeRows read = read("employee_id,name\nP-1,Anna\nP-6,Too,Many,Values\n");
        assertThat(read.rows()).extracting(Employee::employeeRef).containsExactly("P-1");
        assertThat(read.problems()).containsExactly(Problem.of("employees[3]", "bulk.csv-columns", 2, 4));
    }

    @Test
    void anAmountThatIsNoNumberIsNamedAndTheRowKeptWithoutIt() {
        EmployeeRows read = read("employee_id,name,amount\nP-4,Bad Amount,fifty\n");
        assertThat(read.rows()).containsExactly(new Employee(2, "P-4", "Bad Amount", null, true));
        assertThat(read.problems()).containsExactly(Problem.of("employees[2].amount", "bulk.amount-number", "fifty"));
    }

    @Test
    void rowsWithoutIdOrNameAreReadForTheRulesToName() {
        EmployeeRows read = read("employee_id,name\n,No Id\nP-3,\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(new Employee(2, "", "No Id", null, false), new Employee(3, "P-3", "", null, false));
    }

    @Test
    void aRowAfterABlankLineIsNamedByItsOwnLineWhateverTheLineEnds() {
        assertThat(read("employee_id,name\r\nP-1,Anna\r\n\r\nP-2,Bob\r\n").rows()).extracting(Employee::line).containsExactly(2, 4);
        assertThat(read("employee_id,name\nP-1,Anna\n\n\nP-2,Bob\n").rows()).extracting(Employee::line).containsExactly(2, 5);
        assertThat(read("employee_id,name\rP-1,Anna\r\rP-2,Bob\r").rows()).extracting(Employee::line).containsExactly(2, 4);
    }

    static EmployeeRows read(String csv) {
        return EmployeeList.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
