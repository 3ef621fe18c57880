package org.irohub.interchange.internal;

import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ImportedChild;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.protection.ImportedHistory;
import org.irohub.protection.ImportedInitialConference;
import org.irohub.protection.ImportedPlan;

/**
 * One child of a return, mapped to what each module loads: the child record, its child protection history and
 * the census facts the interchange module keeps itself (episodes, census-only identifiers).
 */
record MappedChild(ImportedChild child, CensusFacts facts, List<Episode> episodes, List<LocalDate> enquiries,
        List<ImportedInitialConference> initialConferences, List<ImportedPlan> plans, int conferences, int reviews) {

    /** Census-only facts about the child; {@code empty()} when the child record holds everything. */
    record CensusFacts(String upn, String formerUpn, String upnUnknown, LocalDate expectedBirth, LocalDate death,
            String disabilities) {

        boolean empty() {
            return upn == null && formerUpn == null && upnUnknown == null && expectedBirth == null && death == null
                    && disabilities == null;
        }
    }

    String laChildId() {
        return child.laChildId().value();
    }

    ImportedHistory history(long childId, boolean newChild) {
        return new ImportedHistory(childId, newChild, child.dateOfBirth(), enquiries, initialConferences, plans);
    }
}
