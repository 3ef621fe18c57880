-- Bank holidays by GOV.UK division, seeded from the bundled bank-holidays.json and merged from uploads.
CREATE TABLE bank_holiday (
    region       VARCHAR(40)  NOT NULL,
    holiday_date DATE         NOT NULL,
    title        VARCHAR(120) NOT NULL,
    PRIMARY KEY (region, holiday_date)
);

COMMENT ON TABLE bank_holiday IS 'Days that are not working days in a region, besides Saturdays and Sundays: every working-day deadline (conference, report, minutes, escalation) counts past them. Rows are added or retitled, never deleted, so past deadlines stay explainable.';
COMMENT ON COLUMN bank_holiday.region IS 'GOV.UK division: england-and-wales, scotland or northern-ireland. The service uses the one in irohub.calendar.region.';
COMMENT ON COLUMN bank_holiday.holiday_date IS 'The day off, already moved to the substitute weekday when the holiday falls at a weekend.';
COMMENT ON COLUMN bank_holiday.title IS 'The name GOV.UK gives the day, as shown to staff.';
