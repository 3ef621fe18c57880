-- National (England) figures for the scorecard's comparison column, by financial year and indicator id.
CREATE TABLE scorecard_england_figure (
    financial_year INT            NOT NULL,
    indicator      VARCHAR(60)    NOT NULL,
    figure         NUMERIC(12, 1) NOT NULL,
    PRIMARY KEY (financial_year, indicator)
);
COMMENT ON TABLE scorecard_england_figure IS 'England figures (DfE Characteristics of children in need) beside the local ones; administrators add later years. financial_year is the year it starts in (2016 = 2016-17); indicator is an id of indicators.md.';

INSERT INTO scorecard_england_figure (financial_year, indicator, figure) VALUES
    (2012, 'childrenOnPlanAtEnd', 43190), (2013, 'childrenOnPlanAtEnd', 48300), (2014, 'childrenOnPlanAtEnd', 49690),
    (2015, 'childrenOnPlanAtEnd', 50310), (2016, 'childrenOnPlanAtEnd', 51080), (2017, 'childrenOnPlanAtEnd', 53790),
    (2024, 'childrenOnPlanAtEnd', 49420),
    (2012, 'ratePer10kAtEnd', 37.5), (2013, 'ratePer10kAtEnd', 42.3), (2014, 'ratePer10kAtEnd', 42.9),
    (2015, 'ratePer10kAtEnd', 43.1), (2016, 'ratePer10kAtEnd', 43.3), (2017, 'ratePer10kAtEnd', 45.3),
    (2012, 'childrenReviewedInTimescalePct', 95.9), (2013, 'childrenReviewedInTimescalePct', 94.5),
    (2014, 'childrenReviewedInTimescalePct', 93.9), (2015, 'childrenReviewedInTimescalePct', 93.6),
    (2016, 'childrenReviewedInTimescalePct', 92.1), (2017, 'childrenReviewedInTimescalePct', 90.5),
    (2012, 'plansStartedSecondOrSubsequentPct', 14.9), (2013, 'plansStartedSecondOrSubsequentPct', 15.8),
    (2014, 'plansStartedSecondOrSubsequentPct', 16.6), (2015, 'plansStartedSecondOrSubsequentPct', 17.9),
    (2016, 'plansStartedSecondOrSubsequentPct', 18.7), (2017, 'plansStartedSecondOrSubsequentPct', 20.2),
    (2012, 'plansEndedLasting2YearsOrMorePct', 5.2), (2013, 'plansEndedLasting2YearsOrMorePct', 4.5),
    (2014, 'plansEndedLasting2YearsOrMorePct', 3.7), (2015, 'plansEndedLasting2YearsOrMorePct', 3.8),
    (2016, 'plansEndedLasting2YearsOrMorePct', 3.4), (2017, 'plansEndedLasting2YearsOrMorePct', 3.4),
    (2024, 'plansEndedLasting2YearsOrMorePct', 4.4),
    (2016, 'icpcWithin15WorkingDaysPct', 77.0), (2017, 'icpcWithin15WorkingDaysPct', 77.0),
    (2022, 'icpcWithin15WorkingDaysPct', 78.5);
