package org.irohub.interchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * A large return for timing tests, written straight to disk: every child has an episode; four in ten a section
 * 47 enquiry, of which two thirds led to an initial conference and a plan with reviews.
 */
public final class CensusVolume {

    private static final String[] CATEGORIES = { "NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL" };

    private CensusVolume() {
    }

    public static Path write(Path file, int children, String prefix, LocalDate referenceDate) {
        Random random = new Random(children);
        LocalDate yearStart = referenceDate.minusYears(1).plusDays(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails><Collection>CIN"
                    + "</Collection><Year>" + referenceDate.getYear() + "</Year><ReferenceDate>" + referenceDate
                    + "</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source>"
                    + "</Header>\n<Children>\n");
            for (int i = 0; i < children; i++) {
                LocalDate referral = weekday(yearStart.plusDays(random.nextInt(300)));
                out.write("<Child><ChildIdentifiers><LAchildID>" + prefix + i + "</LAchildID><PersonBirthDate>"
                        + referral.minusDays(365 + random.nextInt(6000)) + "</PersonBirthDate><Sex>"
                        + (random.nextBoolean() ? "M" : "F") + "</Sex></ChildIdentifiers><ChildCharacteristics>"
                        + "<Ethnicity>WBRI</Ethnicity></ChildCharacteristics>\n<CINdetails><CINreferralDate>" + referral
                        + "</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>");
                int kind = random.nextInt(10);
                StringBuilder plans = new StringBuilder();
                if (kind < 4) {
                    LocalDate s47 = weekday(referral.plusDays(random.nextInt(10)));
                    LocalDate icpc = weekday(s47.plusDays(10 + random.nextInt(15)));
                    boolean held = kind < 3 && icpc.isBefore(referenceDate);
                    out.write("<Section47><S47ActualStartDate>" + s47 + "</S47ActualStartDate>"
                            + (held ? "<DateOfInitialCPC>" + icpc + "</DateOfInitialCPC>" : "")
                            + "<ICPCnotRequired>" + (held ? "0" : "1") + "</ICPCnotRequired></Section47>");
                    if (held) {
                        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                        plans.append("<ChildProtectionPlans><CPPstartDate>").append(icpc).append("</CPPstartDate>")
                            .append("<InitialCategoryOfAbuse>").append(category).append("</InitialCategoryOfAbuse>")
                            .append("<LatestCategoryOfAbuse>").append(category).append("</LatestCategoryOfAbuse>")
                            .append("<NumberOfPreviousCPP>").append(random.nextInt(10) < 2 ? 1 : 0).append("</NumberOfPreviousCPP>");
                        LocalDate review = weekday(icpc.plusMonths(3).minusDays(random.nextInt(10)));
                        StringBuilder reviews = new StringBuilder();
                        while (review.isBefore(referenceDate)) {
                            reviews.append("<CPPreviewDate>").append(review).append("</CPPreviewDate>");
                            review = weekday(review.plusMonths(6).minusDays(random.nextInt(10)));
                        }
                        if (!reviews.isEmpty()) {
                            plans.append("<Reviews>").append(reviews).append("</Reviews>");
                        }
                        plans.append("</ChildProtectionPlans>");
                    }
                }
                out.write("<ReferralNFA>0</ReferralNFA>" + plans + "</CINdetails></Child>\n");
            }
            out.write("</Children></Message>\n");
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.plusDays(2) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }
}
