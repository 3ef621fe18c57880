package org.irohub.interchange.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irohub.calendar.WorkingDayCalendar;

/**
 * England and Wales bank holidays for the generator, read without Spring or a JSON library so that it runs from
 * {@code target/classes} alone: the GOV.UK-format list the calendar module bundles ({@code calendar/bank-holidays.json},
 * 2015-2027), with the years it does not cover filled in by the rules in {@link EnglandAndWalesHolidays}.
 */
final class BundledBankHolidays {

    static final String RESOURCE = "/calendar/bank-holidays.json";
    private static final Pattern DIVISION = Pattern.compile("\"(england-and-wales|scotland|northern-ireland)\"\\s*:\\s*\\{");
    private static final Pattern DATE = Pattern.compile("\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    private BundledBankHolidays() {
    }

    /** The calendar from {@code firstYear} to {@code lastYear}; the whole range by rule if the list is missing. */
    static WorkingDayCalendar calendar(int firstYear, int lastYear) {
        List<LocalDate> listed = listed();
        int listedFirst = listed.stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
        int listedLast = listed.stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
        List<LocalDate> all = new ArrayList<>(listed);
        for (int year = firstYear; year <= lastYear; year++) {
            if (year < listedFirst || year > listedLast) {
                all.addAll(EnglandAndWalesHolidays.of(year));
            }
        }
        return WorkingDayCalendar.withHolidays(all);
    }

    /** The England and Wales dates in the bundled list, or none when it is not on the classpath. */
    static List<LocalDate> listed() {
        try (InputStream in = BundledBankHolidays.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : englandAndWales(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dates between the {@code "england-and-wales"} key and the next division's key. */
    static List<LocalDate> englandAndWales(String json) {
        Matcher division = DIVISION.matcher(json);
        int start = -1;
        int end = json.length();
        while (division.find()) {
            if (start >= 0) {
                end = division.start();
                break;
            }
            if (division.group(1).equals("england-and-wales")) {
                start = division.end();
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        if (start < 0) {
            return dates;
        }
        Matcher date = DATE.matcher(json).region(start, end);
        while (date.find()) {
            dates.add(LocalDate.parse(date.group(1)));
        }
        return dates;
    }
}
