package org.irohub.interchange.generator;

/**
 * Which CIN census schema a generated file follows. The two differ, for what IRO Hub reads, only in how the
 * child's sex and the yes/no fields are written.
 */
public enum SchemaFlavour {

    /** {@code CIN_schema_2026.xsd}: {@code Sex} M/F/U, yes/no as 1/0 (returns from 2024-25). */
    CIN_2026("Sex", "1", "0"),

    /** {@code CIN_schema_2024.xsd}: {@code GenderCurrent} 1/2/0/9, yes/no as true/false (returns up to 2023-24). */
    CIN_2024("GenderCurrent", "true", "false");

    private final String sexElement;
    private final String yes;
    private final String no;

    SchemaFlavour(String sexElement, String yes, String no) {
        this.sexElement = sexElement;
        this.yes = yes;
        this.no = no;
    }

    /** "2026" or "2024", as given on the command line. */
    public static SchemaFlavour parse(String year) {
        return switch (year == null ? "" : year.trim()) {
            case "2026" -> CIN_2026;
            case "2024" -> CIN_2024;
            default -> throw new IllegalArgumentException("Schema must be 2026 (Sex, 1/0) or 2024 (GenderCurrent, true/false)");
        };
    }

    String sexElement() {
        return sexElement;
    }

    String sexCode(ChildSex sex) {
        if (this == CIN_2026) {
            return switch (sex) {
                case MALE -> "M";
                case FEMALE -> "F";
                case UNKNOWN -> "U";
            };
        }
        return switch (sex) {
            case MALE -> "1";
            case FEMALE -> "2";
            case UNKNOWN -> "0";
        };
    }

    String yesNo(boolean value) {
        return value ? yes : no;
    }
}
