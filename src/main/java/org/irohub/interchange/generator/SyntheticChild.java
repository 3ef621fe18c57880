package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated child, held only while it is written. Exactly one of {@code upn} and {@code upnUnknown} is set;
 * {@code birthDate} is empty for a child still unborn at the reference date, who has {@code expectedBirthDate}.
 */
record SyntheticChild(String laChildId, String upn, String upnUnknown, LocalDate birthDate,
        LocalDate expectedBirthDate, ChildSex sex, String ethnicity, List<String> disabilities,
        List<Episode> episodes) {

    SyntheticChild withEpisodes(List<Episode> replaced) {
        return new SyntheticChild(laChildId, upn, upnUnknown, birthDate, expectedBirthDate, sex, ethnicity,
                disabilities, List.copyOf(replaced));
    }
}
