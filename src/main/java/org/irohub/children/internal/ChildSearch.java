package org.irohub.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to search for; every field given must match. Name matches part of the first or last name, each word
 * separately ("jo smi" finds Joanne Smith); the identifiers match exactly, in any case and spacing.
 */
public record ChildSearch(String name, String laChildId, String upn, String nhsNumber, LocalDate dateOfBirth) {

    public boolean isEmpty() {
        return fieldsUsed().isEmpty();
    }

    /** The names of the fields searched on (never their values): what the audit log records. */
    public List<String> fieldsUsed() {
        List<String> used = new ArrayList<>();
        if (given(name)) {
            used.add("name");
        }
        if (given(laChildId)) {
            used.add("laChildId");
        }
        if (given(upn)) {
            used.add("upn");
        }
        if (given(nhsNumber)) {
            used.add("nhsNumber");
        }
        if (dateOfBirth != null) {
            used.add("dateOfBirth");
        }
        return used;
    }

    List<String> nameWords() {
        return given(name) ? List.of(name.trim().toLowerCase(Locale.ROOT).split("\\s+")) : List.of();
    }

    String normalisedLaChildId() {
        return given(laChildId) ? laChildId.trim().toUpperCase(Locale.ROOT) : null;
    }

    String normalisedUpn() {
        return given(upn) ? upn.trim().toUpperCase(Locale.ROOT) : null;
    }

    String normalisedNhsNumber() {
        return given(nhsNumber) ? nhsNumber.replace(" ", "") : null;
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
