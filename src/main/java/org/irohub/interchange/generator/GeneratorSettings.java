package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.irohub.children.LaChildId;

/**
 * What to generate. Start from {@link #defaults()} and change what matters, for example
 * {@code GeneratorSettings.defaults().withChildren(100_000).withYears(10)}.
 *
 * @param children      how many {@code Child} elements the file holds
 * @param referenceDate the return's reference date (normally 31 March); nothing in the file is later
 * @param years         years of history ending at the reference date over which children's activity is spread
 * @param seed          the same settings and seed always give the same file, byte for byte
 * @param schema        which CIN census schema the file follows
 * @param idPrefix      start of every {@code LAchildID} (upper-case letters, digits, {@code /} or {@code -});
 *                      the rest is the child's number, so two files with different prefixes never share a child
 * @param lea           the three-digit local authority code in the header and in UPNs
 * @param errorRate     share of children, 0 to 1, given one deliberate breach of a DfE rule (for demos of findings)
 * @param indent        one element per line, indented; {@code false} writes it all on one line, about a quarter smaller
 */
public record GeneratorSettings(int children, LocalDate referenceDate, int years, long seed, SchemaFlavour schema,
        String idPrefix, String lea, double errorRate, boolean indent) {

    static final int MAX_ID_LENGTH = LaChildId.MAX_LENGTH;
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9/-]*");
    private static final Pattern LEA = Pattern.compile("\\d{3}");

    public GeneratorSettings {
        if (children < 1) {
            throw new IllegalArgumentException("Number of children must be 1 or more");
        }
        if (referenceDate == null) {
            throw new IllegalArgumentException("Reference date is required");
        }
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("Years of history must be from 1 to 30");
        }
        if (schema == null) {
            throw new IllegalArgumentException("Schema flavour is required");
        }
        if (idPrefix == null || !PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("Id prefix must be upper-case letters, digits, / or -");
        }
        if (idPrefix.length() + idDigits(children) > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("Id prefix '" + idPrefix + "' with " + idDigits(children)
                    + " digits for " + children + " children is over " + MAX_ID_LENGTH + " characters");
        }
        if (lea == null || !LEA.matcher(lea).matches()) {
            throw new IllegalArgumentException("LEA must be three digits");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("Error rate must be from 0 to 1");
        }
    }

    /** 1,000 children in the 2016-17 return (one year to 31 March 2017), seed 1, 2026 schema, ids SYN0001... */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(1_000, LocalDate.of(2017, 3, 31), 1, 1L, SchemaFlavour.CIN_2026, "SYN", "999",
                0.0, true);
    }

    /**
     * A small history for demo mode: 400 children over the two years up to {@code today}, ids {@code GEN0001}
     * onwards (apart from demo mode's own {@code DEMO001}...), so the scorecard has figures on first start.
     */
    public static GeneratorSettings demo(LocalDate today) {
        return defaults().withChildren(400).withReferenceDate(today).withYears(2).withIdPrefix("GEN");
    }

    public GeneratorSettings withChildren(int value) {
        return new GeneratorSettings(value, referenceDate, years, seed, schema, idPrefix, lea, errorRate, indent);
    }

    public GeneratorSettings withReferenceDate(LocalDate value) {
        return new GeneratorSettings(children, value, years, seed, schema, idPrefix, lea, errorRate, indent);
    }

    public GeneratorSettings withYears(int value) {
        return new GeneratorSettings(children, referenceDate, value, seed, schema, idPrefix, lea, errorRate, indent);
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(children, referenceDate, years, value, schema, idPrefix, lea, errorRate, indent);
    }

    public GeneratorSettings withSchema(SchemaFlavour value) {
        return new GeneratorSettings(children, referenceDate, years, seed, value, idPrefix, lea, errorRate, indent);
    }

    public GeneratorSettings withIdPrefix(String value) {
        return new GeneratorSettings(children, referenceDate, years, seed, schema, value, lea, errorRate, indent);
    }

    public GeneratorSettings withLea(String value) {
        return new GeneratorSettings(children, referenceDate, years, seed, schema, idPrefix, value, errorRate, indent);
    }

    public GeneratorSettings withErrorRate(double value) {
        return new GeneratorSettings(children, referenceDate, years, seed, schema, idPrefix, lea, value, indent);
    }

    public GeneratorSettings withIndent(boolean value) {
        return new GeneratorSettings(children, referenceDate, years, seed, schema, idPrefix, lea, errorRate, value);
    }

    /** The first day of the history: the day after the reference date {@code years} years earlier. */
    public LocalDate historyStart() {
        return referenceDate.minusYears(years).plusDays(1);
    }

    /** The LAchildID of the nth child (from 1): the prefix and the number padded to the width of the largest. */
    String laChildId(int n) {
        String digits = Integer.toString(n);
        return idPrefix + "0".repeat(idDigits(children) - digits.length()) + digits;
    }

    private static int idDigits(int children) {
        return Math.max(4, Integer.toString(children).length());
    }
}
