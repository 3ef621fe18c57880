package org.irohub.scorecard;

import static java.time.LocalDate.of;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecords;
import org.irohub.scorecard.ProtectionRows.Reviewed;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-worked cases for the financial year 1999-00 (1 April 1999 to 31 March 2000, with 29 February 2000),
 * plus two plans ending in 1997-98 for the 2-year measure at a leap day. No other test writes these years.
 * Built once per database (test classes share one), so several test classes can read the same cases.
 * <pre>
 * plan  start       end         initial prev  at 31/3/2000  reviews (held / DfE due)
 * A     1998-01-10  -           NEG     0     open          98-04-10/04-10 98-10-09/10-10 99-04-09/04-09 99-10-08/10-09
 * B0    1997-05-01  1998-05-01  PHY     0     ended
 * B     1999-06-15  -           PHY     1     open          99-09-16/09-15 (a day late) 00-03-10/03-16
 * C     1999-12-31  -           EMO     0     open, 3m exactly, no review yet (due 31/3/2000, not before to)
 * D     1999-11-30  -           SAB     0     open          00-02-29/02-29 (leap day, on time)
 * E     1999-11-30  -           NEG     2     open, EMO     00-03-01/02-29 (late; category EMO from that review)
 * F     1999-10-01  -           PHY     0     open, PHY     99-12-20/00-01-01, 00-04-15 (after to; MUL from then)
 * G     1998-03-31  2000-03-31  NEG     0     ended on to   99-06-28/06-29 99-12-27/12-28 00-03-31/06-27
 * H     1997-08-31  1999-08-30  NEG     0     ended, a day short of 24 months
 * I     1997-08-31  1999-08-31  NEG     0     ended, exactly 24 months
 * Q     1999-05-01  1999-09-01  PHY     0     started and ended in the year
 * N     1997-01-01  1999-03-31  NEG     0     ended the day before the year
 * O     2000-04-01  -           NEG     0     starts the day after
 * R     1999-03-31  -           NEG     0     open, 12m   99-06-30/06-30 99-12-30/12-30
 * S     1998-03-31  -           NEG     0     open, 24m, never reviewed (overdue)
 * T     1998-04-01  -           MUL     0     open, 12m, never reviewed
 * U     2000-01-01  -           MUL     0     open, under 3 months
 * V     1999-01-15  -           NEG     0     open          99-04-15/04-15, next due 99-10-15 never held
 * W     1999-06-30  -           EMO     0     open          99-09-30/09-30, next due 00-03-30 (before to)
 * Y1    1999-07-01  -           NEG     0     open          99-10-02/10-01 with Y2 (one conference, late for Y1)
 * Y2    1999-07-02  -           NEG     0     open          99-10-02/10-02
 * L1    1996-02-29  1998-02-28  NEG     0     ended in 1997-98: 24 months by plusMonths (29 Feb + 24m = 28 Feb)
 * L2    1996-02-29  1998-02-27  NEG     0     ended in 1997-98: short of 24 months
 * </pre>
 * ICPCs: s47 Tue 1 June 1999 held 22 June (15th working day) and 23 June (late, LATE_NOTIFICATION); s47 1 July
 * held 30 June (before its s47, left out); a transfer-in 10 Aug; one with no s47 1 Sept; s47 1 Dec held 20 Dec;
 * siblings Z1+Z2 s47 1 Feb 2000 held 10 Feb (one conference); one cancelled in March 2000.
 */
final class Year1999Cases {

    static final LocalDate FROM = of(1999, 4, 1);
    static final LocalDate TO = of(2000, 3, 31);

    private static final Map<String, Year1999Cases> BUILT = new ConcurrentHashMap<>();

    final Map<String, Long> children = new HashMap<>();
    final Map<String, Long> plans = new HashMap<>();
    final Map<String, Long> conferences = new HashMap<>();

    private Year1999Cases() {
    }

    static synchronized Year1999Cases in(DataSource dataSource, JdbcClient jdbc, ChildRecords childRecords) {
        return BUILT.computeIfAbsent(url(dataSource), u -> new Year1999Cases().build(jdbc, childRecords));
    }

    private Year1999Cases build(JdbcClient jdbc, ChildRecords childRecords) {
        ProtectionRows rows = new ProtectionRows(jdbc);
        for (String key : new String[] { "A", "B", "C", "D", "E", "F", "G", "H", "I", "Q", "N", "O", "R", "S", "T",
                "U", "V", "W", "Y1", "Y2", "L1", "L2", "Z1", "Z2", "X1", "X2", "X3", "X4", "X5" }) {
            children.put(key, childRecords.create(ChildFixture.aChild().bornOn(of(1995, 6, 1)).input()).summary().id()
                .value());
        }
        plan(rows, "A", of(1998, 1, 10), null, "NEG", 0);
        plan(rows, "B0", "B", of(1997, 5, 1), of(1998, 5, 1), "PHY", 0);
        plan(rows, "B", of(1999, 6, 15), null, "PHY", 1);
        plan(rows, "C", of(1999, 12, 31), null, "EMO", 0);
        plan(rows, "D", of(1999, 11, 30), null, "SAB", 0);
        plan(rows, "E", of(1999, 11, 30), null, "NEG", 2);
        plan(rows, "F", of(1999, 10, 1), null, "PHY", 0);
        plan(rows, "G", of(1998, 3, 31), TO, "NEG", 0);
        plan(rows, "H", of(1997, 8, 31), of(1999, 8, 30), "NEG", 0);
        plan(rows, "I", of(1997, 8, 31), of(1999, 8, 31), "NEG", 0);
        plan(rows, "Q", of(1999, 5, 1), of(1999, 9, 1), "PHY", 0);
        plan(rows, "N", of(1997, 1, 1), of(1999, 3, 31), "NEG", 0);
        plan(rows, "O", of(2000, 4, 1), null, "NEG", 0);
        plan(rows, "R", of(1999, 3, 31), null, "NEG", 0);
        plan(rows, "S", of(1998, 3, 31), null, "NEG", 0);
        plan(rows, "T", of(1998, 4, 1), null, "MUL", 0);
        plan(rows, "U", of(2000, 1, 1), null, "MUL", 0);
        plan(rows, "V", of(1999, 1, 15), null, "NEG", 0);
        plan(rows, "W", of(1999, 6, 30), null, "EMO", 0);
        plan(rows, "Y1", of(1999, 7, 1), null, "NEG", 0);
        plan(rows, "Y2", of(1999, 7, 2), null, "NEG", 0);
        plan(rows, "L1", of(1996, 2, 29), of(1998, 2, 28), "NEG", 0);
        plan(rows, "L2", of(1996, 2, 29), of(1998, 2, 27), "NEG", 0);

        review(rows, "A1", "A", of(1998, 4, 10), of(1998, 4, 10));
        review(rows, "A2", "A", of(1998, 10, 9), of(1998, 10, 10));
        review(rows, "A3", "A", of(1999, 4, 9), of(1999, 4, 9));
        review(rows, "A4", "A", of(1999, 10, 8), of(1999, 10, 9));
        review(rows, "B1", "B", of(1999, 9, 16), of(1999, 9, 15));
        rows.lateReason(conferences.get("B1"), "MISSING_REPORT");
        review(rows, "B2", "B", of(2000, 3, 10), of(2000, 3, 16));
        review(rows, "D1", "D", of(2000, 2, 29), of(2000, 2, 29));
        review(rows, "E1", "E", of(2000, 3, 1), of(2000, 2, 29));
        rows.changeCategory(plans.get("E"), of(2000, 3, 1), "EMO");
        rows.lateReason(conferences.get("E1"), "CALCULATION_ERROR");
        rows.lateReason(conferences.get("E1"), "SOCIAL_WORKER_NON_ATTENDANCE");
        review(rows, "F1", "F", of(1999, 12, 20), of(2000, 1, 1));
        review(rows, "F2", "F", of(2000, 4, 15), of(2000, 6, 20));
        rows.changeCategory(plans.get("F"), of(2000, 4, 15), "MUL");
        review(rows, "G1", "G", of(1999, 6, 28), of(1999, 6, 29));
        review(rows, "G2", "G", of(1999, 12, 27), of(1999, 12, 28));
        review(rows, "G3", "G", of(2000, 3, 31), of(2000, 6, 27));
        review(rows, "R1", "R", of(1999, 6, 30), of(1999, 6, 30));
        review(rows, "R2", "R", of(1999, 12, 30), of(1999, 12, 30));
        review(rows, "V1", "V", of(1999, 4, 15), of(1999, 4, 15));
        review(rows, "W1", "W", of(1999, 9, 30), of(1999, 9, 30));
        conferences.put("Y", rows.review(of(1999, 10, 2),
                new Reviewed(plans.get("Y1"), children.get("Y1"), of(1999, 10, 1)),
                new Reviewed(plans.get("Y2"), children.get("Y2"), of(1999, 10, 2))));

        conferences.put("I1", rows.icpc(of(1999, 6, 1), true, of(1999, 6, 22), "HELD", children.get("X1")));
        conferences.put("I2", rows.icpc(of(1999, 6, 1), true, of(1999, 6, 23), "HELD", children.get("X2")));
        rows.lateReason(conferences.get("I2"), "LATE_NOTIFICATION");
        conferences.put("I3", rows.icpc(of(1999, 7, 1), true, of(1999, 6, 30), "HELD", children.get("X3")));
        conferences.put("I4", rows.transferIn(of(1999, 8, 10), children.get("X4")));
        conferences.put("I5", rows.icpcWithoutSection47(of(1999, 9, 1), children.get("X5")));
        conferences.put("I6", rows.icpc(of(1999, 12, 1), true, of(1999, 12, 20), "HELD", children.get("X1")));
        conferences.put("I7", rows.icpc(of(2000, 2, 1), true, of(2000, 2, 10), "HELD", children.get("Z1"),
                children.get("Z2")));
        conferences.put("I8", rows.icpc(of(2000, 3, 1), true, of(2000, 3, 10), "CANCELLED", children.get("X3")));
        conferences.put("I9", rows.icpc(of(1999, 8, 2), false, of(1999, 8, 20), "HELD", children.get("X4")));
        return this;
    }

    private void plan(ProtectionRows rows, String key, LocalDate start, LocalDate end, String category, int previous) {
        plan(rows, key, key, start, end, category, previous);
    }

    private void plan(ProtectionRows rows, String key, String child, LocalDate start, LocalDate end, String category,
            int previous) {
        plans.put(key, rows.plan(children.get(child), start, end, category, previous));
    }

    private void review(ProtectionRows rows, String key, String plan, LocalDate held, LocalDate due) {
        conferences.put(key, rows.review(held, new Reviewed(plans.get(plan), children.get(plan), due)));
    }

    private static String url(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
