package org.irohub.escalation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationListKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationReports;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationSummary;
import org.irohub.identity.Roles;
import org.irohub.portal.DateInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Escalation figures for a period, the current financial year unless another is chosen: table 8.3, agency,
 * theme (as a chart and a table), and for managers the figures by chair. Aggregates only: no child is named.
 */
@Controller
class EscalationReportPages {

    /** The period asked for: a financial year ({@code fy} 2016 is 2016/17) or from and to dates. */
    record PeriodForm(Integer fy, String fromDay, String fromMonth, String fromYear, String toDay, String toMonth,
            String toYear) {

        boolean datesGiven() {
            return !new DateInput(fromDay, fromMonth, fromYear).isBlank()
                    || !new DateInput(toDay, toMonth, toYear).isBlank();
        }
    }

    record FinancialYear(int startYear, String label) {
    }

    private final EscalationReports reports;
    private final EscalationLists lists;
    private final Clock clock;

    EscalationReportPages(EscalationReports reports, EscalationLists lists, Clock clock) {
        this.reports = reports;
        this.lists = lists;
        this.clock = clock;
    }

    @GetMapping("/escalations/report")
    @PreAuthorize(EscalationRoles.FIGURES)
    String report(PeriodForm form, HttpServletRequest request, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from;
        LocalDate to;
        if (form.datesGiven()) {
            from = new DateInput(form.fromDay(), form.fromMonth(), form.fromYear()).read("from", "the start date",
                    true, errors);
            to = new DateInput(form.toDay(), form.toMonth(), form.toYear()).read("to", "the end date", true, errors);
        }
        else {
            int start = form.fy() != null ? form.fy() : financialYearOf(LocalDate.now(clock));
            from = LocalDate.of(start, 4, 1);
            to = from.plusYears(1).minusDays(1);
        }
        boolean manager = request.isUserInRole(Roles.IRO_MANAGER);
        if (errors.isEmpty()) {
            try {
                EscalationSummary summary = reports.summary(from, to);
                model.addAttribute("report", ReportView.of(manager ? summary : summary.withoutChairs(),
                        lists.all(EscalationListKind.AGENCY), lists.all(EscalationListKind.THEME),
                        manager ? reports.chairNames() : Map.of()));
            }
            catch (EscalationException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("fromInput", form.datesGiven() ? new DateInput(form.fromDay(), form.fromMonth(),
                form.fromYear()) : DateInput.of(from));
        model.addAttribute("toInput", form.datesGiven() ? new DateInput(form.toDay(), form.toMonth(), form.toYear())
                : DateInput.of(to));
        model.addAttribute("years", recentYears());
        model.addAttribute("shownYear", from != null && to != null && from.getMonthValue() == 4
                && from.getDayOfMonth() == 1 && to.equals(from.plusYears(1).minusDays(1)) ? from.getYear() : -1);
        model.addAttribute("bySupervision", manager);
        model.addAttribute("errors", errors);
        return "escalation/report";
    }

    /** The financial year (April to March) a date falls in, by the year it starts. */
    static int financialYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    private List<FinancialYear> recentYears() {
        int current = financialYearOf(LocalDate.now(clock));
        return IntStream.rangeClosed(0, 3).map(i -> current - i)
            .mapToObj(y -> new FinancialYear(y, y + "/" + String.format("%02d", (y + 1) % 100)))
            .toList();
    }
}
