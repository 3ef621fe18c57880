package org.irohub.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.irohub.calendar.internal.BankHolidaysFile;

/** Small GOV.UK-format files for upload tests: {@code aFile(division("scotland", event("2091-03-05", "X")))}. */
final class BankHolidayFiles {

    private BankHolidayFiles() {
    }

    static String aFile(String... divisions) {
        return "{" + String.join(",", divisions) + "}";
    }

    static String division(String name, String... events) {
        return "\"" + name + "\":{\"division\":\"" + name + "\",\"events\":["
                + Arrays.stream(events).collect(Collectors.joining(",")) + "]}";
    }

    static String event(String date, String title) {
        return "{\"title\":\"" + title + "\",\"date\":\"" + date + "\",\"notes\":\"\",\"bunting\":true}";
    }

    static BankHolidaysFile parsed(String json) {
        return BankHolidaysFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
