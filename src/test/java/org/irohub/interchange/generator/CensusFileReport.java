package org.irohub.interchange.generator;

import java.nio.file.Path;
import java.time.LocalDate;

import org.irohub.calendar.WorkingDayCalendar;

/**
 * Prints a census file's scorecard figures for each year to its reference date, and its DfE rule findings: a
 * tool for checking a generated file (not a test). Arguments: file, reference date, years.
 * <pre>java -cp target/classes:target/test-classes org.irohub.interchange.generator.CensusFileReport FILE 2017-03-31 1</pre>
 */
final class CensusFileReport {

    private CensusFileReport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        LocalDate reference = LocalDate.parse(args.length > 1 ? args[1] : "2017-03-31");
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        WorkingDayCalendar calendar = BundledBankHolidays.calendar(reference.getYear() - years - 15, reference.getYear() + 1);
        CensusFigures[] figures = new CensusFigures[years];
        for (int y = 0; y < years; y++) {
            LocalDate end = reference.minusYears(years - 1 - y);
            figures[y] = new CensusFigures(end.minusYears(1).plusDays(1), end, calendar);
        }
        CinRuleCheck rules = new CinRuleCheck(reference, calendar);
        CensusFileReader.read(file, child -> {
            for (CensusFigures year : figures) {
                year.accept(child);
            }
            rules.accept(child);
        });
        for (CensusFigures year : figures) {
            System.out.print(year.report());
        }
        System.out.println(rules.findings.isEmpty() ? "no DfE rule findings" : "DfE rule findings (children):");
        rules.findings.forEach((code, ids) -> System.out.println("  " + code + " " + ids.size()));
    }
}
