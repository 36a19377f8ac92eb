package org.citycoop.voucher.bulk.decision;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One row of the uploaded employee list, as read (not yet checked).
 *
 * @param line the row's line in the file, the header being line 1
 * @param amount the row's own amount, none if the row names none (or it is no number)
 * @param amountUnreadable whether the row's amount is no number (a problem already listed)
 */
public record Employee(int line, String employeeRef, String name, @Nullable BigDecimal amount, boolean amountUnreadable) {

    /** The row's field, as problems name it: {@code employees[4].amount}. */
    public String field(String column) {
        return "employees[" + line + "]." + column;
    }
}
