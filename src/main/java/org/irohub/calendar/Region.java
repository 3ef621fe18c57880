package org.irohub.calendar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bank-holiday divisions of the United Kingdom, named as GOV.UK's {@code bank-holidays.json} names them. */
public enum Region {

    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String division;
    private final String label;

    Region(String division, String label) {
        this.division = division;
        this.label = label;
    }

    /** The key in GOV.UK's file and in the {@code irohub.calendar.region} property. */
    public String division() {
        return division;
    }

    public String label() {
        return label;
    }

    public static Optional<Region> ofDivision(String division) {
        return Arrays.stream(values()).filter(r -> r.division.equals(division)).findFirst();
    }

    public static String allDivisions() {
        return Arrays.stream(values()).map(Region::division).collect(Collectors.joining(", "));
    }
}
