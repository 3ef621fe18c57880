package org.irohub.interchange.internal;

import java.util.Optional;

import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Section47;

/** Rule 2883, about the return as a whole: no more plans may start in the census year than initial conferences. */
final class ReturnTotals {

    private final CensusHeader header;
    private int plansStarting;
    private int initialConferences;

    ReturnTotals(CensusHeader header) {
        this.header = header;
    }

    void add(ChildRecord child) {
        for (Episode e : child.episodes()) {
            plansStarting += (int) e.plans().stream().filter(p -> header.inYear(p.start())).count();
            initialConferences += header.inYear(e.initialCpc()) ? 1 : 0;
            initialConferences += (int) e.enquiries().stream().map(Section47::initialCpc).filter(header::inYear).count();
        }
    }

    Optional<ImportFinding> finding() {
        if (plansStarting <= initialConferences) {
            return Optional.empty();
        }
        return Optional.of(new ImportFinding("2883", "More child protection plans start in the census year ("
                + plansStarting + ") than initial conferences take place (" + initialConferences + ")", null));
    }
}
