package org.irohub.interchange.internal;

import java.time.LocalDate;

/** What the return's header says: the reference date bounds the census year the DfE rules look at. */
record CensusHeader(LocalDate referenceDate, String lea) {

    static final CensusHeader NONE = new CensusHeader(null, null);

    LocalDate yearStart() {
        return referenceDate == null ? null : referenceDate.minusYears(1).plusDays(1);
    }

    boolean inYear(LocalDate date) {
        return date != null && (referenceDate == null
                || !date.isBefore(yearStart()) && !date.isAfter(referenceDate));
    }
}
