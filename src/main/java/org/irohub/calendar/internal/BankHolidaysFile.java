package org.irohub.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.Region;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GOV.UK {@code bank-holidays.json}, read in full and checked before anything is stored:
 * {@code {"england-and-wales": {"division": "...", "events": [{"title": "...", "date": "YYYY-MM-DD"}, ...]}, ...}}.
 * Divisions IRO Hub does not know are skipped, so a file that gains one still loads.
 */
public record BankHolidaysFile(Map<Region, List<BankHoliday>> divisions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BankHolidaysFile {
        divisions = Collections.unmodifiableMap(new EnumMap<>(divisions));
    }

    public static BankHolidaysFile read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        }
        catch (JacksonException e) {
            throw new BankHolidayFileException("The file is not valid JSON. Download bank-holidays.json from GOV.UK again");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new BankHolidayFileException("The file is not in the GOV.UK bank holidays format: it should be a JSON "
                    + "object with a key for each division, such as \"england-and-wales\"");
        }
        Map<Region, List<BankHoliday>> divisions = new EnumMap<>(Region.class);
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Region.ofDivision(entry.getKey())
                .ifPresent(region -> divisions.put(region, events(entry.getKey(), entry.getValue())));
        }
        if (divisions.isEmpty()) {
            throw new BankHolidayFileException("The file has none of the divisions " + Region.allDivisions());
        }
        return new BankHolidaysFile(divisions);
    }

    public static BankHolidaysFile read(org.springframework.core.io.Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return read(in);
        }
        catch (IOException e) {
            throw new BankHolidayFileException("The file could not be read: " + e.getMessage());
        }
    }

    public boolean has(Region region) {
        return divisions.containsKey(region);
    }

    public int size() {
        return divisions.values().stream().mapToInt(List::size).sum();
    }

    private static List<BankHoliday> events(String division, JsonNode node) {
        JsonNode events = node.isObject() ? node.get("events") : null;
        if (events == null || !events.isArray()) {
            throw new BankHolidayFileException("Division \"" + division + "\" has no list of \"events\"");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int position = 0;
        for (JsonNode event : events) {
            position++;
            BankHoliday holiday = event(division, position, event);
            if (!seen.add(holiday.date())) {
                throw new BankHolidayFileException("Division \"" + division + "\" lists " + holiday.date() + " twice");
            }
            holidays.add(holiday);
        }
        Collections.sort(holidays);
        return List.copyOf(holidays);
    }

    private static BankHoliday event(String division, int position, JsonNode event) {
        String where = "Event " + position + " of \"" + division + "\"";
        JsonNode date = event.isObject() ? event.get("date") : null;
        JsonNode title = event.isObject() ? event.get("title") : null;
        if (date == null || !date.isString() || title == null || !title.isString()) {
            throw new BankHolidayFileException(where + " needs a \"date\" and a \"title\"");
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.stringValue());
        }
        catch (DateTimeParseException e) {
            throw new BankHolidayFileException(where + " has the date \"" + date.stringValue()
                    + "\", which is not a real date in the form YYYY-MM-DD");
        }
        try {
            return new BankHoliday(parsed, title.stringValue());
        }
        catch (IllegalArgumentException e) {
            throw new BankHolidayFileException(where + ": " + e.getMessage());
        }
    }
}
