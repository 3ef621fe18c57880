package org.irohub.scorecard.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.scorecard.ChildPopulations;
import org.irohub.scorecard.EnglandFigures;
import org.irohub.scorecard.FinancialYear;
import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.ScorecardException;
import org.irohub.scorecard.ScorecardRoles;
import org.irohub.scorecard.Target;
import org.irohub.scorecard.Targets;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scorecard settings", description = "What the scorecard compares with: the child population (IRO_MANAGER, "
        + "ADMIN), England's figures (ADMIN) and local targets with RAG boundaries (IRO_MANAGER, ADMIN). Reading them: "
        + "IRO_MANAGER, PERFORMANCE_VIEWER, ADMIN. Every change is audited.")
class ScorecardSettingsApi {

    private final ChildPopulations populations;
    private final EnglandFigures england;
    private final Targets targets;

    ScorecardSettingsApi(ChildPopulations populations, EnglandFigures england, Targets targets) {
        this.populations = populations;
        this.england = england;
        this.targets = targets;
    }

    record PopulationJson(String year, LocalDate appliesFrom, LocalDate appliesTo, Integer population) {

        static PopulationJson of(FinancialYear year, Integer population) {
            return new PopulationJson(year.label(), year.first(), year.last(), population);
        }
    }

    record PopulationRequest(Integer population) {
    }

    record FiguresRequest(Map<String, BigDecimal> figures) {
    }

    record TargetRequest(String direction, BigDecimal green, BigDecimal amber) {
    }

    record TargetJson(String indicator, String direction, BigDecimal green, BigDecimal amber) {

        static TargetJson of(Target t) {
            return new TargetJson(t.indicator().id(), t.direction().name(), t.green(), t.amber());
        }
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

    @GetMapping("/api/scorecard/england")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "England's figures for every financial year held, keyed by year then indicator id")
    Map<String, Map<String, BigDecimal>> allEngland() {
        Map<String, Map<String, BigDecimal>> all = new LinkedHashMap<>();
        england.all().forEach((year, figures) -> all.put(year.label(), byId(figures)));
        return all;
    }

    @GetMapping("/api/scorecard/england/{year}")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "England's figures for a financial year such as 2016-17, keyed by indicator id")
    Map<String, BigDecimal> englandYear(@PathVariable String year) {
        return byId(england.forYear(year(year)));
    }

    @PutMapping("/api/scorecard/england/{year}")
    @PreAuthorize(ScorecardRoles.NATIONAL_FIGURES)
    @Operation(summary = "Add or replace England's figures for a financial year (ADMIN)",
            description = "{figures: {indicatorId: number}}: the year's figures are replaced by these. Counts are "
                    + "whole numbers, percentages and rates have one decimal at most. An unknown id or bad value: 400 "
                    + "naming figures.<id>.")
    Map<String, BigDecimal> replaceEngland(@PathVariable String year, @RequestBody FiguresRequest request,
            Principal principal) {
        return byId(england.replaceYear(year(year), request.figures(), principal.getName()));
    }

    @GetMapping("/api/scorecard/targets")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "Local targets with their RAG boundaries")
    List<TargetJson> targets() {
        return targets.all().values().stream().map(TargetJson::of).toList();
    }

    @PutMapping("/api/scorecard/targets/{indicator}")
    @PreAuthorize(ScorecardRoles.SETTINGS)
    @Operation(summary = "Set an indicator's target",
            description = "{direction: HIGHER_IS_BETTER|LOWER_IS_BETTER, green, amber}: green from the green figure, "
                    + "amber from the amber figure, red beyond. Green must be at least as good as amber: 400 otherwise.")
    TargetJson setTarget(@PathVariable String indicator, @RequestBody TargetRequest request, Principal principal) {
        return TargetJson.of(targets.set(indicator(indicator), request.direction(), request.green(), request.amber(),
                principal.getName()));
    }

    @DeleteMapping("/api/scorecard/targets/{indicator}")
    @PreAuthorize(ScorecardRoles.SETTINGS)
    @Operation(summary = "Remove an indicator's target", description = "No target: 404.")
    ResponseEntity<Void> removeTarget(@PathVariable String indicator, Principal principal) {
        targets.remove(indicator(indicator), principal.getName());
        return ResponseEntity.noContent().build();
    }

    private static Map<String, BigDecimal> byId(Map<Indicator, BigDecimal> figures) {
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        figures.forEach((indicator, figure) -> byId.put(indicator.id(), figure));
        return byId;
    }

    private static Indicator indicator(String id) {
        return Indicator.ofId(id)
            .orElseThrow(() -> ScorecardException.invalid("indicator", "'" + id + "' is not an indicator id"));
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
