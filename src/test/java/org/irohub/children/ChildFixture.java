package org.irohub.children;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.irohub.children.internal.ChildDetailsInput;

/**
 * A child's details with safe defaults and a unique LA child id and surname, for tests that share a database:
 * {@code aChild().bornOn(date).named("Ann", "Smith").input()}.
 */
public final class ChildFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 10);
    private static final Random RANDOM = new Random();

    private String laChildId = "T" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
    private String firstName = "Ann";
    private String lastName = uniqueSurname();
    private String dateOfBirth = "2019-03-31";
    private String expectedDateOfBirth;
    private String sex = "FEMALE";
    private String ethnicity;
    private String disability;
    private String upn;
    private String nhsNumber;

    private ChildFixture() {
    }

    public static ChildFixture aChild() {
        return new ChildFixture();
    }

    /** Letters only, so a name search finds exactly this child. */
    public static String uniqueSurname() {
        StringBuilder s = new StringBuilder("Zed");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    public ChildFixture withLaChildId(String id) {
        this.laChildId = id;
        return this;
    }

    public ChildFixture named(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public ChildFixture bornOn(LocalDate date) {
        this.dateOfBirth = date.toString();
        this.expectedDateOfBirth = null;
        return this;
    }

    public ChildFixture unbornExpectedOn(LocalDate date) {
        this.dateOfBirth = null;
        this.expectedDateOfBirth = date.toString();
        this.sex = "UNKNOWN";
        return this;
    }

    public ChildFixture withNhsNumber(String nhs) {
        this.nhsNumber = nhs;
        return this;
    }

    public ChildFixture withUpn(String u) {
        this.upn = u;
        return this;
    }

    public ChildFixture withEthnicity(String code) {
        this.ethnicity = code;
        return this;
    }

    public ChildFixture withDisability(String yesNo) {
        this.disability = yesNo;
        return this;
    }

    public String laChildId() {
        return laChildId;
    }

    public String lastName() {
        return lastName;
    }

    public ChildDetailsInput input() {
        return new ChildDetailsInput(laChildId, firstName, lastName, dateOfBirth, expectedDateOfBirth, sex, ethnicity,
                disability, upn, nhsNumber);
    }
}
