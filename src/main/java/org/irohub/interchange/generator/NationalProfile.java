package org.irohub.interchange.generator;

/**
 * The rates and mixes the generator draws from, set so that the file's figures land near England's (DfE
 * "Characteristics of children in need" 2016-17; see {@code indicators.md}). Measured results are in the tests
 * and the README. Episodes reach a section 47 more often than nationally (most CIN episodes never do), so that
 * N children carry a useful number of conferences and plans.
 */
final class NationalProfile {

    /** Share of initial conferences held within 15 working days of the section 47 start: 77% in 2016-17. */
    static final double ICPC_ON_TIME = 0.77;
    /** Share of reviews held late; about 1.8 due dates per child in the D6 cohort gives about 92% of children. */
    static final double REVIEW_LATE = 0.045;
    /** Share of plans whose child had a plan before this child's first episode here (another area, long ago). */
    static final double PREVIOUS_PLAN_BEFORE_HISTORY = 0.04;
    /** Chance that a closed episode is followed by another referral. */
    static final double ANOTHER_EPISODE = 0.25;
    /** Share of plans ending between reviews (transfer out, moved away) rather than at a review conference. */
    static final double PLAN_ENDS_BETWEEN_REVIEWS = 0.12;
    /** Share of plans whose latest category differs from the initial one. */
    static final double CATEGORY_CHANGES = 0.12;
    /** Share of children first referred before they were born. */
    static final double PRE_BIRTH = 0.03;

    /** Plans' initial categories in England: neglect 48%, emotional 35%, physical 7%, sexual 4%, multiple 6%. */
    static final WeightedChoice<String> CATEGORY = WeightedChoice.of(
            "NEG", 48, "EMO", 35, "PHY", 7, "SAB", 4, "MUL", 6);

    /** The review conference at which a plan ends: 1st (about 3 months), 2nd (9 months), 3rd (15)... */
    static final WeightedChoice<Integer> ENDING_REVIEW = WeightedChoice.of(
            1, 23, 2, 36, 3, 22, 4, 14, 5, 2.8, 6, 1.0);

    static final WeightedChoice<EpisodeKind> EPISODE_KIND = WeightedChoice.of(
            EpisodeKind.REFERRAL_NO_FURTHER_ACTION, 10,
            EpisodeKind.CHILD_IN_NEED_ONLY, 22,
            EpisodeKind.SECTION_47_ICPC_NOT_REQUIRED, 18,
            EpisodeKind.SECTION_47_ICPC_NO_PLAN, 6,
            EpisodeKind.SECTION_47_PLAN, 42,
            EpisodeKind.TRANSFER_IN_PLAN, 2);

    /** Age in whole years at first referral: under 1s 12%, 1-4 28%, 5-9 31%, 10-15 25%, 16 4%. */
    static final WeightedChoice<Integer> AGE_AT_FIRST_REFERRAL = WeightedChoice.of(
            0, 12, 1, 7, 2, 7, 3, 7, 4, 7, 5, 6.2, 6, 6.2, 7, 6.2, 8, 6.2, 9, 6.2,
            10, 4.2, 11, 4.2, 12, 4.2, 13, 4.2, 14, 4.2, 15, 4, 16, 4);

    static final WeightedChoice<String> REFERRAL_SOURCE = WeightedChoice.of(
            "6", 28, "2A", 17, "2B", 1, "3A", 3, "3B", 2, "3C", 1, "3D", 2, "3E", 3, "3F", 3,
            "5A", 5, "5B", 3, "5C", 3, "5D", 5, "1A", 4, "1B", 1, "1C", 1, "1D", 1,
            "4", 2, "7", 4, "8", 5, "9", 1, "10", 2);

    static final WeightedChoice<String> NEED_WITH_PROTECTION = WeightedChoice.of(
            "N1", 86, "N4", 4, "N5", 7, "N8", 2, "N3", 1);

    static final WeightedChoice<String> NEED_OTHERWISE = WeightedChoice.of(
            "N1", 42, "N2", 6, "N3", 4, "N4", 10, "N5", 20, "N6", 2, "N7", 1, "N8", 4, "N9", 8, "N0", 3);

    static final WeightedChoice<String> CLOSURE_REASON = WeightedChoice.of(
            "RC7", 85, "RC5", 6, "RC3", 4, "RC4", 3, "RC1", 1, "RC6", 1);

    static final WeightedChoice<String> ETHNICITY = WeightedChoice.of(
            "WBRI", 68, "WIRI", 0.3, "WIRT", 0.2, "WOTH", 5, "WROM", 0.8, "MWBC", 2.5, "MWBA", 1, "MWAS", 1.5,
            "MOTH", 2.5, "AIND", 1, "APKN", 2.5, "ABAN", 1, "AOTH", 1.5, "BCRB", 1, "BAFR", 3, "BOTH", 1,
            "CHNE", 0.2, "OOTH", 2, "REFU", 0.5, "NOBT", 2.5);

    static final WeightedChoice<String> DISABILITY = WeightedChoice.of(
            "LD", 3, "COMM", 2, "BEH", 3, "AUT", 3, "MOB", 1, "HAND", 0.5, "PC", 0.5, "INC", 0.5, "HEAR", 0.5,
            "VIS", 0.5, "CON", 0.3, "DDA", 1);

    /** Factors at assessment found in both the 2024 and the 2026 schema. */
    static final WeightedChoice<String> ASSESSMENT_FACTOR = WeightedChoice.of(
            "3A", 8, "3B", 14, "4B", 12, "1B", 6, "2B", 7, "16A", 9, "17A", 8, "18C", 3, "19C", 2, "14A", 2,
            "4A", 4, "5B", 2, "6B", 2, "11A", 2, "24A", 1, "10A", 2, "21", 5, "20", 3);

    private NationalProfile() {
    }
}
