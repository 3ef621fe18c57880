package org.irohub.scorecard.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irohub.identity.Roles;
import org.irohub.scorecard.FinancialYear;
import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.ScorecardDrilldown;
import org.irohub.scorecard.ScorecardException;
import org.irohub.scorecard.ScorecardRoles;
import org.irohub.scorecard.ScorecardService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The scorecard page, its CSV and XLSX exports, and the drill-down page behind each count. */
@Controller
class ScorecardPages {

    private static final int FIRST_YEAR = 2012;

    private final ScorecardTable tables;
    private final ScorecardService scorecards;
    private final ScorecardDrilldown drilldowns;
    private final ScorecardExports exports;
    private final Clock clock;

    ScorecardPages(ScorecardTable tables, ScorecardService scorecards, ScorecardDrilldown drilldowns,
            ScorecardExports exports, Clock clock) {
        this.tables = tables;
        this.scorecards = scorecards;
        this.drilldowns = drilldowns;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/scorecard")
    @PreAuthorize(ScorecardRoles.FIGURES)
    String scorecard(@RequestParam(required = false) String year, @RequestParam(required = false) String part,
            Authentication auth, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        PeriodChoice choice = choice(year, part, today, errors);
        model.addAttribute("errors", errors);
        model.addAttribute("choice", choice);
        model.addAttribute("years", years(today, choice.year()));
        model.addAttribute("parts", PeriodChoice.parts());
        model.addAttribute("canDrill", canDrill(auth));
        LocalDate from = choice.from();
        LocalDate to = choice.to(today);
        model.addAttribute("table", tables.build(from, to));
        model.addAttribute("partial", !to.equals(choice.fullTo()));
        model.addAttribute("lateReasons", scorecards.lateReasons(from, to));
        model.addAttribute("categories", scorecards.categoriesOverTime(from, to));
        return "scorecard/scorecard";
    }

    @GetMapping("/scorecard/export.csv")
    @PreAuthorize(ScorecardRoles.FIGURES)
    ResponseEntity<byte[]> csv(@RequestParam String year, @RequestParam String part) {
        PeriodChoice choice = exportChoice(year, part);
        LocalDate to = choice.to(LocalDate.now(clock));
        return download(exports.csv(tables.build(choice.from(), to)), new MediaType("text", "csv",
                StandardCharsets.UTF_8), filename(choice, "csv"));
    }

    @GetMapping("/scorecard/export.xlsx")
    @PreAuthorize(ScorecardRoles.FIGURES)
    ResponseEntity<byte[]> xlsx(@RequestParam String year, @RequestParam String part) {
        PeriodChoice choice = exportChoice(year, part);
        LocalDate to = choice.to(LocalDate.now(clock));
        return download(exports.xlsx(tables.build(choice.from(), to), "IRO scorecard: " + choice.from() + " to " + to),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                filename(choice, "xlsx"));
    }

    @GetMapping("/scorecard/drilldown")
    @PreAuthorize(ScorecardRoles.DRILL_DOWN)
    String drilldown(@RequestParam String indicator, @RequestParam(required = false) String category,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal,
            Model model) {
        Indicator i = Indicator.ofId(indicator)
            .orElseThrow(() -> ScorecardException.invalid("indicator", "'" + indicator + "' is not an indicator id"));
        model.addAttribute("drilldown", drilldowns.list(i, category, from, to, principal.getName()));
        return "scorecard/drilldown";
    }

    /** A bad drill-down or export request from a hand-edited address: say what is wrong, with a way back. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ScorecardException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    String refused(ScorecardException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "scorecard/problem";
    }

    private static PeriodChoice choice(String year, String part, LocalDate today, Map<String, String> errors) {
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(1);
        FinancialYear fy = FinancialYear.containing(lastMonth);
        String p = String.format("M%02d", lastMonth.getMonthValue());
        if (year != null) {
            try {
                fy = FinancialYear.parse(year);
            }
            catch (IllegalArgumentException e) {
                errors.put("year", "Choose a financial year from the list");
            }
        }
        if (part != null) {
            if (PeriodChoice.isPart(part)) {
                p = part;
            }
            else {
                errors.put("part", "Choose the whole year, a quarter or a month from the list");
            }
        }
        PeriodChoice choice = new PeriodChoice(fy, p);
        if (choice.startsAfter(today)) {
            errors.put("part", "Choose a period that has started: " + choice.label() + " starts on " + choice.from());
            choice = new PeriodChoice(FinancialYear.containing(lastMonth), String.format("M%02d", lastMonth.getMonthValue()));
        }
        return choice;
    }

    private PeriodChoice exportChoice(String year, String part) {
        Map<String, String> errors = new LinkedHashMap<>();
        PeriodChoice choice = choice(year, part, LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            var first = errors.entrySet().iterator().next();
            throw ScorecardException.invalid(first.getKey(), first.getValue());
        }
        return choice;
    }

    private static List<FinancialYear> years(LocalDate today, FinancialYear chosen) {
        List<FinancialYear> years = new ArrayList<>();
        for (int y = FinancialYear.containing(today).startYear(); y >= Math.min(FIRST_YEAR, chosen.startYear()); y--) {
            years.add(new FinancialYear(y));
        }
        return years;
    }

    private static boolean canDrill(Authentication auth) {
        return auth.getAuthorities().stream().map(a -> a.getAuthority())
            .anyMatch(a -> a.equals("ROLE_" + Roles.IRO_MANAGER) || a.equals("ROLE_" + Roles.ADMIN));
    }

    private static String filename(PeriodChoice choice, String extension) {
        return "scorecard-" + choice.year().label() + "-" + choice.part().toLowerCase() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
            .body(body);
    }
}
