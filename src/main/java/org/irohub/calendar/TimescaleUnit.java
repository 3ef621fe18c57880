package org.irohub.calendar;

/** Working days skip weekends and bank holidays; calendar months keep the day of the month (or its last day). */
public enum TimescaleUnit {

    WORKING_DAYS("working day", "working days"),
    CALENDAR_MONTHS("month", "months");

    private final String one;
    private final String many;

    TimescaleUnit(String one, String many) {
        this.one = one;
        this.many = many;
    }

    public String plural() {
        return many;
    }

    public String label(int amount) {
        return amount + " " + (amount == 1 ? one : many);
    }
}
