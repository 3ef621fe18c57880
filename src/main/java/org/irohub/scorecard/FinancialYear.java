package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial year, 1 April to 31 March, labelled as in DfE tables: {@code 2016-17}. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("A financial year must start between 1900 and 2999");
        }
    }

    /** @throws IllegalArgumentException unless the label is like 2016-17, the second year following the first */
    public static FinancialYear parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("A financial year is written like 2016-17");
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("In a financial year like 2016-17 the second year follows the first");
        }
        return new FinancialYear(start);
    }

    /** The financial year a date falls in: 31 March 2017 is in 2016-17, 1 April 2017 in 2017-18. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate first() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
