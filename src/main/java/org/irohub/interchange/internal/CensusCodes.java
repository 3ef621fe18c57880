package org.irohub.interchange.internal;

import java.util.Set;
import java.util.regex.Pattern;

/** The code lists of the DfE schema that IRO Hub keeps values from, so an export only writes valid codes. */
final class CensusCodes {

    static final Pattern UPN = Pattern.compile("[A-Za-z]\\d{11}(\\d|[A-Za-z])");
    static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");
    static final Set<String> DISABILITIES = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS",
            "BEH", "CON", "AUT", "DDA");
    static final Set<String> REFERRAL_SOURCES = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    /** Referral source "10": unknown. */
    static final String UNKNOWN_SOURCE = "10";
    static final Set<String> PRIMARY_NEEDS = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
    static final Set<String> CLOSURE_REASONS = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
    /** Reason for closure "RC5": transferred to services of another local authority. */
    static final String TRANSFERRED = "RC5";

    private CensusCodes() {
    }

    static String valid(String code, Set<String> codes) {
        return code != null && codes.contains(code) ? code : null;
    }
}
