package org.irohub.escalation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irohub.escalation.NamedChild;
import org.irohub.escalation.TrackerRow;
import org.irohub.escalation.WeeklyTracker;

/**
 * The weekly tracker as an Excel workbook: a header row, then one row per open escalation (a sibling group's
 * children one to a line in its child cells), dates as real Excel dates. Text that a spreadsheet could take for a formula is made inert, since names and responses are typed by
 * people and the file is opened, edited and re-exported outside IRO Hub.
 */
final class TrackerWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HEADERS = List.of("Escalation", "LA child ID", "Child", "Kind", "Raised on",
            "Raised by", "Agency", "Theme", "Current stage", "With whom", "Stage due", "Days overdue",
            "Last response", "Last response on", "New this week");

    private static final int[] WIDTHS = { 11, 14, 24, 7, 13, 20, 24, 36, 14, 32, 13, 13, 48, 17, 14 };

    static final String RESTRICTED = NamedChild.RESTRICTED;

    private TrackerWorkbook() {
    }

    static byte[] write(WeeklyTracker tracker) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Week beginning " + tracker.weekBeginning());
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);

            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (TrackerRow row : tracker.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.id().value());
                text(line, c++, lines(row, NamedChild::laChildIdOrRestricted), wrapped);
                text(line, c++, lines(row, NamedChild::nameOrRestricted), wrapped);
                text(line, c++, row.kind().name(), null);
                date(line, c++, row.raisedOn(), date);
                text(line, c++, row.raisedBy(), null);
                text(line, c++, row.agency(), null);
                text(line, c++, row.theme(), wrapped);
                text(line, c++, row.stage().label(), null);
                text(line, c++, row.withWhom(), wrapped);
                date(line, c++, row.dueDate(), date);
                line.createCell(c++).setCellValue(row.daysOverdue());
                text(line, c++, row.lastResponse(), wrapped);
                date(line, c++, row.lastResponseOn(), date);
                text(line, c, row.newThisWeek() ? "Yes" : "No", null);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the tracker workbook", e);
        }
    }

    /** A sibling group's children one to a line in the cell, so the escalation is still one row. */
    private static String lines(TrackerRow row, Function<NamedChild, String> part) {
        return row.children().stream().map(part).collect(Collectors.joining("\n"));
    }

    private static void text(Row line, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = line.createCell(column);
        cell.setCellValue(inert(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void date(Row line, int column, LocalDate value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = line.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * A leading apostrophe keeps text that starts like a formula (=, +, -, @, or a tab or carriage return that
     * some spreadsheets skip before one) from being evaluated when the cell is edited or the sheet saved as CSV.
     */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String fileName(WeeklyTracker tracker) {
        return "escalation-tracker-" + tracker.asAt() + ".xlsx";
    }
}
