package org.irohub.children;

import java.util.Locale;

/** The DfE ethnicity codes used in the CIN census. */
public enum Ethnicity {
    WBRI("White British"),
    WIRI("White Irish"),
    WOTH("Any other White background"),
    WIRT("Traveller of Irish heritage"),
    WROM("Gypsy/Roma"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("Any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("Any other Asian background"),
    BCRB("Black Caribbean"),
    BAFR("Black African"),
    BOTH("Any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code in any case, with spaces around it ignored. */
    public static Ethnicity parse(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        for (Ethnicity e : values()) {
            if (e.name().equals(c)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Ethnicity must be a DfE ethnicity code such as WBRI or NOBT");
    }
}
