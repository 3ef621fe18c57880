package org.irohub.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The indicators table as CSV or XLSX. Numbers go into XLSX as numbers; every text cell in either format passes
 * through {@link SafeCell}, so a change such as "-13 (-3.0%)" cannot be taken for a formula.
 */
@Component
class ScorecardExports {

    private static final List<String> HEADERS = List.of("Indicator id", "Category", "Indicator", "Value",
            "Same period a year earlier", "Change", "England", "England year", "Target", "RAG");

    byte[] csv(ScorecardTable.Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(HEADERS);
            for (IndicatorRow r : table.rows()) {
                csv.printRecord(texts(r).stream().map(SafeCell::text).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(ScorecardTable.Table table, String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Scorecard");
            text(sheet.createRow(0).createCell(0), title);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.size(); i++) {
                text(header.createCell(i), HEADERS.get(i));
            }
            int n = 3;
            for (IndicatorRow r : table.rows()) {
                Row row = sheet.createRow(n++);
                List<String> texts = texts(r);
                for (int i = 0; i < texts.size(); i++) {
                    Number number = i == 3 ? r.value() : i == 4 ? r.previous() : i == 6 ? r.england() : null;
                    if (number != null) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    }
                    else {
                        text(row.createCell(i), texts.get(i));
                    }
                }
            }
            sheet.setColumnWidth(2, 70 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(IndicatorRow r) {
        return List.of(r.indicator().id(), r.category() == null ? "" : r.category(), r.label(), r.valueText(),
                r.previousText(), r.change(), r.englandText(), r.englandYear() == null ? "" : r.englandYear(), r.target(),
                r.rag() == null ? "" : r.rag().label());
    }

    private static void text(Cell cell, String value) {
        cell.setCellValue(SafeCell.text(value));
    }
}
