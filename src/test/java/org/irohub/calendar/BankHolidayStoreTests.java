package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.calendar.BankHolidayFiles.aFile;
import static org.irohub.calendar.BankHolidayFiles.division;
import static org.irohub.calendar.BankHolidayFiles.event;
import static org.irohub.calendar.BankHolidayFiles.parsed;

import java.util.UUID;

import org.irohub.calendar.internal.BankHolidayFileException;
import org.irohub.calendar.internal.BankHolidayMerging;
import org.irohub.calendar.internal.BankHolidaySeeding;
import org.irohub.calendar.internal.BankHolidayStore;
import org.irohub.calendar.internal.MergeCount;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bank-holiday table, its seeding and the administrator's merge. Each test works in a year of its own
 * far in the future, since the database is shared with every other test.
 */
@IroHubTest
class BankHolidayStoreTests {

    @Autowired
    BankHolidayStore store;

    @Autowired
    BankHolidaySeeding seeding;

    @Autowired
    BankHolidayMerging merging;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRegionIsSeededFromTheBundledListOnStart() {
        assertThat(store.forRegion(Region.ENGLAND_AND_WALES))
            .contains(new BankHoliday(of(2022, 6, 3), "Platinum Jubilee bank holiday"));
        assertThat(store.forRegion(Region.SCOTLAND)).extracting(BankHoliday::date).contains(of(2024, 1, 2));
        assertThat(store.forRegion(Region.NORTHERN_IRELAND)).extracting(BankHoliday::date).contains(of(2025, 7, 14));
        assertThat(workingDays.isWorkingDay(of(2020, 5, 8))).isFalse();
    }

    @Test
    void seedingAgainAddsNothing() {
        assertThat(seeding.seedFromBundle()).allSatisfy(count -> assertThat(count.changedAnything()).isFalse());
    }

    @Test
    void seedingKeepsATitleAnAdministratorUploaded() {
        String renamed = "St Patrick's Day " + UUID.randomUUID();
        merging.merge(parsed(aFile(division("england-and-wales"), division("northern-ireland",
                event("2016-03-17", renamed)))), "renamed.json");

        seeding.seedFromBundle();

        assertThat(store.forRegion(Region.NORTHERN_IRELAND)).contains(new BankHoliday(of(2016, 3, 17), renamed));
    }

    @Test
    void mergeAddsNewDatesUpdatesTitlesAndMovesTheCalendar() {
        MergeCount first = merging.merge(parsed(aFile(division("england-and-wales", event("2091-03-05", "Test day"))))
            , "first.json").get(0);
        MergeCount second = merging.merge(parsed(aFile(division("england-and-wales",
                event("2091-03-05", "Renamed test day"), event("2091-03-06", "Second test day")))), "second.json").get(0);

        assertThat(first).isEqualTo(new MergeCount(Region.ENGLAND_AND_WALES, 1, 0));
        assertThat(second).isEqualTo(new MergeCount(Region.ENGLAND_AND_WALES, 1, 1));
        assertThat(store.forRegion(Region.ENGLAND_AND_WALES)).contains(new BankHoliday(of(2091, 3, 5), "Renamed test day"),
                new BankHoliday(of(2091, 3, 6), "Second test day"));
        assertThat(workingDays.addWorkingDays(of(2091, 3, 2), 1)).isEqualTo(of(2091, 3, 7));
        assertThat(workingDays.bankHolidaysIn(2091)).hasSize(2);
    }

    @Test
    void mergeNeverDeletesADateMissingFromTheNewFile() {
        merging.merge(parsed(aFile(division("england-and-wales", event("2092-03-04", "Kept")))), "a.json");
        merging.merge(parsed(aFile(division("england-and-wales", event("2092-03-05", "Added")))), "b.json");

        assertThat(store.forRegion(Region.ENGLAND_AND_WALES)).extracting(BankHoliday::date)
            .contains(of(2092, 3, 4), of(2092, 3, 5));
    }

    @Test
    void mergeWritesAnAuditEntryWithTheCountsForEachDivision() {
        String fileName = "audit-" + UUID.randomUUID() + ".json";
        merging.merge(parsed(aFile(division("england-and-wales", event("2093-03-03", "Audited")),
                division("scotland", event("2093-03-03", "Audited"), event("2093-03-04", "Also audited")))), fileName);

        var details = jdbc.sql("SELECT record_id, detail FROM audit_entry WHERE action = 'BANK_HOLIDAYS_MERGED' "
                + "AND detail LIKE :file ORDER BY record_id")
            .param("file", "%" + fileName + "%")
            .query((rs, n) -> rs.getString("record_id") + " " + rs.getString("detail"))
            .list();
        assertThat(details).containsExactly("england-and-wales From " + fileName + ": 1 added, 0 updated, 1 in the file",
                "scotland From " + fileName + ": 2 added, 0 updated, 2 in the file");
    }

    @Test
    void aFileWithABadDateAnywhereIsRefusedBeforeAnythingIsStored() {
        String bad = aFile(division("england-and-wales", event("2094-03-03", "Would be added")),
                division("scotland", event("2094-02-30", "Not a date")));

        assertThatThrownBy(() -> parsed(bad)).isInstanceOf(BankHolidayFileException.class)
            .hasMessageContaining("2094-02-30");
        assertThat(store.forRegion(Region.ENGLAND_AND_WALES)).extracting(BankHoliday::date).doesNotContain(of(2094, 3, 3));
    }

    @Test
    void aFileWithoutTheConfiguredRegionChangesNothingAndIsNotAudited() {
        String fileName = "scotland-only-" + UUID.randomUUID() + ".json";
        var file = parsed(aFile(division("scotland", event("2095-03-03", "Scotland only"))));

        assertThatThrownBy(() -> merging.merge(file, fileName)).isInstanceOf(BankHolidayFileException.class)
            .hasMessageContaining("england-and-wales");
        assertThat(store.forRegion(Region.SCOTLAND)).extracting(BankHoliday::date).doesNotContain(of(2095, 3, 3));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE :file")
            .param("file", "%" + fileName + "%")
            .query(Long.class)
            .single()).isZero();
    }
}
