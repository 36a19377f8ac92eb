package org.citycoop.voucher.bulk.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citycoop.voucher.issuance.decision.Problem;

/** One rule of a row of the employee list: empty if it allows, else the problem, naming the row's line and column. Every policy is asked for every row. */
@FunctionalInterface
public interface LinePolicy extends Function<LineAsked, Optional<Problem>> {

    /** The longest employee id and name a printed voucher holds. */
    int MAX_ID = 50;
    int MAX_NAME = 100;

    /** An employee id of 1 to 50 characters. */
    LinePolicy employeeIdGiven = line -> validId(line.employee())
            ? Optional.empty()
            : Optional.of(Problem.of(line.employee().field("employee_id"), "bulk.employee-id"));

    /** Each employee once: one voucher an employee and order. */
    LinePolicy employeeListedOnce = line -> validId(line.employee()) && line.listedBefore()
            ? Optional.of(Problem.of(line.employee().field("employee_id"), "bulk.employee-twice", line.employee().employeeRef()))
            : Optional.empty();

    /** A name of 1 to 100 characters, printed on the voucher. */
    LinePolicy nameGiven = line -> line.employee().name().isEmpty() || line.employee().name().length() > MAX_NAME
            ? Optional.of(Problem.of(line.employee().field("name"), "bulk.employee-name"))
            : Optional.empty();

    /** The row's own amount is one the program sells; a row without one takes the order's amount for every employee. */
    LinePolicy amountOffered = line -> {
        Employee employee = line.employee();
        if (employee.amount() != null) {
            return line.offer().amountProblem(employee.amount(), employee.field("amount"));
        }
        return line.amountEach() == null && !employee.amountUnreadable()
                ? Optional.of(Problem.of(employee.field("amount"), "bulk.amount-missing"))
                : Optional.empty();
    };

    /** The rules, in the order their problems are listed for a row. */
    static List<LinePolicy> allCurrentPolicies() {
        return List.of(employeeIdGiven, employeeListedOnce, nameGiven, amountOffered);
    }

    /** Whether the row's employee id can be an employee id at all (1 to 50 characters). */
    static boolean validId(Employee employee) {
        return !employee.employeeRef().isEmpty() && employee.employeeRef().length() <= MAX_ID;
    }
}
