package org.citycoop.voucher.bulk.decision;

import java.util.List;

import org.citycoop.voucher.issuance.decision.Problem;

/** An employee list as read: its rows, and what made the file or some rows unreadable. */
public record EmployeeRows(List<Employee> rows, List<Problem> problems) {

    public EmployeeRows {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
