-- The ONS mid-year estimate of residents aged 0-17 that turns children on a plan into a rate per 10,000.
CREATE TABLE scorecard_child_population (
    financial_year INT          PRIMARY KEY,
    population     INT          NOT NULL,
    set_by         VARCHAR(80)  NOT NULL,
    set_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scorecard_child_population_positive CHECK (population > 0)
);
COMMENT ON TABLE scorecard_child_population IS 'ONS 0-17 population estimate used for scorecard periods ending in the financial year (1 April financial_year to 31 March the year after).';
COMMENT ON COLUMN scorecard_child_population.financial_year IS 'The calendar year the financial year starts in: 2016 is 2016-17.';
