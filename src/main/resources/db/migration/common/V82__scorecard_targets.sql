-- Local targets: where each indicator turns green, amber or red (RAG) on the scorecard.
CREATE TABLE scorecard_target (
    indicator  VARCHAR(60)    PRIMARY KEY,
    direction  VARCHAR(20)    NOT NULL,
    green_from NUMERIC(12, 1) NOT NULL,
    amber_from NUMERIC(12, 1) NOT NULL,
    set_by     VARCHAR(80)    NOT NULL,
    set_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scorecard_target_direction CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'))
);
COMMENT ON TABLE scorecard_target IS 'A local target for an indicator (id of indicators.md). HIGHER_IS_BETTER: green at or above green_from, amber at or above amber_from, red below. LOWER_IS_BETTER: green at or below green_from, amber at or below amber_from, red above.';
