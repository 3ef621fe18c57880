package org.irohub.scorecard.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.scorecard.ChildPopulations;
import org.irohub.scorecard.FinancialYear;
import org.irohub.scorecard.ScorecardException;
import org.irohub.scorecard.ScorecardRoles;
import org.irohub.scorecard.ScorecardService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scorecard", description = "The IRO scorecard computed live with the DfE definitions (indicators.md). "
        + "Figures: IRO_MANAGER, PERFORMANCE_VIEWER, ADMIN. Population: IRO_MANAGER, ADMIN.")
class ScorecardApi {

    private final ScorecardService scorecards;
    private final ChildPopulations populations;

    ScorecardApi(ScorecardService scorecards, ChildPopulations populations) {
        this.scorecards = scorecards;
        this.populations = populations;
    }

    record ScorecardJson(LocalDate from, LocalDate to, Map<String, Object> indicators) {
    }

    record PopulationJson(String year, LocalDate appliesFrom, LocalDate appliesTo, Integer population) {

        static PopulationJson of(FinancialYear year, Integer population) {
            return new PopulationJson(year.label(), year.first(), year.last(), population);
        }
    }

    record PopulationRequest(Integer population) {
    }

    @GetMapping("/api/scorecard")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "Every indicator for the period [from, to]",
            description = "Keys are the ids of indicators.md. Counts are integers; percentages and the rate per 10,000 "
                    + "have one decimal place and are null when the denominator is 0 or no population is set; "
                    + "breakdowns are objects keyed NEG, PHY, SAB, EMO, MUL. from after to: 400.")
    ScorecardJson scorecard(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var scorecard = scorecards.compute(from, to);
        return new ScorecardJson(scorecard.from(), scorecard.to(), scorecard.byId());
    }

    @GetMapping("/api/scorecard/child-population/{year}")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "The ONS 0-17 population estimate for a financial year such as 2016-17",
            description = "population is null when none is set.")
    PopulationJson population(@PathVariable String year) {
        FinancialYear fy = year(year);
        return PopulationJson.of(fy, populations.population(fy).orElse(null));
    }

    @PutMapping("/api/scorecard/child-population/{year}")
    @PreAuthorize(ScorecardRoles.SETTINGS)
    @Operation(summary = "Set the ONS 0-17 population estimate for a financial year such as 2016-17",
            description = "{population}: a whole number of 1 or more, used for periods ending in that financial year "
                    + "(1 April to 31 March). Audited with the previous value.")
    PopulationJson setPopulation(@PathVariable String year, @RequestBody PopulationRequest request,
            Principal principal) {
        FinancialYear fy = year(year);
        populations.set(fy, request.population(), principal.getName());
        return PopulationJson.of(fy, request.population());
    }

    static FinancialYear year(String label) {
        try {
            return FinancialYear.parse(label);
        }
        catch (IllegalArgumentException e) {
            throw ScorecardException.invalid("year", e.getMessage() + ", not '" + label + "'");
        }
    }
}
