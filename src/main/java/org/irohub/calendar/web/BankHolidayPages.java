package org.irohub.calendar.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.WorkingDays;
import org.irohub.calendar.internal.BankHolidayFileException;
import org.irohub.calendar.internal.BankHolidayMerging;
import org.irohub.calendar.internal.BankHolidaysFile;
import org.irohub.calendar.internal.MergeCount;
import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the region's bank holidays and upload GOV.UK's newer list to merge into them. */
@Controller
@RequestMapping("/admin/bank-holidays")
@PreAuthorize(Roles.IS_ADMIN)
class BankHolidayPages {

    private static final int MAX_FILE_NAME = 100;

    private final WorkingDays workingDays;
    private final BankHolidayMerging merging;
    private final Clock clock;

    BankHolidayPages(WorkingDays workingDays, BankHolidayMerging merging, Clock clock) {
        this.workingDays = workingDays;
        this.merging = merging;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        return page(Map.of(), model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            return page(Map.of("file", "Select a bank-holidays.json file downloaded from GOV.UK"), model);
        }
        try (InputStream in = file.getInputStream()) {
            List<MergeCount> counts = merging.merge(BankHolidaysFile.read(in), fileName(file));
            redirect.addFlashAttribute("flash", "Bank holidays merged. " + counts.stream()
                .map(c -> c.region().label() + ": " + c.added() + " added, " + c.updated() + " updated")
                .collect(Collectors.joining("; ")));
            return "redirect:/admin/bank-holidays";
        }
        catch (BankHolidayFileException e) {
            return page(Map.of("file", e.getMessage()), model);
        }
        catch (IOException e) {
            return page(Map.of("file", "The file could not be read. Try uploading it again"), model);
        }
    }

    private String page(Map<String, String> errors, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        // This year and later first (what deadlines use now), then earlier years, most recent first.
        Map<Integer, List<BankHoliday>> byYear = new TreeMap<>((a, b) -> {
            boolean aCurrent = a >= thisYear;
            boolean bCurrent = b >= thisYear;
            if (aCurrent != bCurrent) {
                return aCurrent ? -1 : 1;
            }
            return aCurrent ? Integer.compare(a, b) : Integer.compare(b, a);
        });
        byYear.putAll(workingDays.bankHolidays().stream().collect(Collectors.groupingBy(h -> h.date().getYear())));
        model.addAttribute("region", workingDays.region());
        model.addAttribute("years", byYear);
        model.addAttribute("errors", errors);
        return "calendar/bank-holidays";
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "an uploaded file";
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }
}
