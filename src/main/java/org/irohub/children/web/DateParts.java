package org.irohub.children.web;

/** Joins the day, month and year boxes of a GOV.UK date input into an ISO date for the service to check. */
final class DateParts {

    private DateParts() {
    }

    /**
     * @return null when all three are empty, the ISO date when they are numbers with a four-digit year, and
     *         otherwise text that fails as "not a real date"
     */
    static String iso(String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        String d = trim(day);
        String m = trim(month);
        String y = trim(year);
        if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
            return "not a date";
        }
        return y + "-" + (m.length() == 1 ? "0" + m : m) + "-" + (d.length() == 1 ? "0" + d : d);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
