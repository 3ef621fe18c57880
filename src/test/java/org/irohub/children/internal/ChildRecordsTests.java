package org.irohub.children.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.children.ChildFixture.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.ChildNotFoundException;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IroHubTest
class ChildRecordsTests {

    @Autowired
    ChildRecords records;

    @Autowired
    ChildFinder finder;

    @Autowired
    ChildDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAChildAndAuditsTheCreation() {
        ChildRecordView created = records.create(aChild().withNhsNumber("943 476 5919").withUpn("l201401100001")
            .withEthnicity("WIRT").withDisability("no").input());

        ChildRecordView read = records.view(created.summary().id(), "anyone");
        assertThat(read.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(read.upn().value()).isEqualTo("L201401100001");
        assertThat(read.ethnicity().name()).isEqualTo("WIRT");
        assertThat(read.disability()).isFalse();
        assertThat(read.version()).isZero();
        assertThat(audit(created.id())).containsExactly("CHILD_CREATED SUCCESS", "CHILD_VIEWED SUCCESS");
    }

    @Test
    void refusesADuplicateLaChildIdWhateverItsCaseAndWritesNothing() {
        ChildFixture first = aChild();
        records.create(first.input());
        long before = count();

        assertThatThrownBy(() -> records.create(aChild().withLaChildId(" " + first.laChildId().toLowerCase()).input()))
            .isInstanceOf(DuplicateLaChildIdException.class)
            .hasMessageContaining("already exists");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesBadDetailsAndWritesNothing() {
        long before = count();
        assertThatThrownBy(() -> records.create(aChild().withNhsNumber("943 476 5918").input()))
            .isInstanceOfSatisfying(ChildValidationException.class,
                    e -> assertThat(e.errors()).containsOnlyKeys("nhsNumber"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void updatesTheDetailsAndAuditsTheChange() {
        ChildRecordView created = records.create(aChild().unbornExpectedOn(LocalDate.now().plusMonths(2)).input());
        ChildId id = created.summary().id();

        ChildRecordView born = records.update(id, created.version(),
                aChild().withLaChildId(created.summary().laChildId()).bornOn(LocalDate.now()).input(), "anyone");

        assertThat(born.summary().unborn()).isFalse();
        assertThat(born.summary().dateOfBirth()).isEqualTo(LocalDate.now());
        assertThat(born.version()).isEqualTo(created.version() + 1);
        assertThat(audit(id.value())).contains("CHILD_UPDATED SUCCESS");
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndTheFirstKept() {
        ChildFixture child = aChild().named("Ann", ChildFixture.uniqueSurname());
        ChildRecordView created = records.create(child.input());
        ChildId id = created.summary().id();
        int versionBothSaw = created.version();
        records.update(id, versionBothSaw, aChild().withLaChildId(child.laChildId()).named("Anna", "First").input(), "a");

        assertThatThrownBy(() -> records.update(id, versionBothSaw,
                aChild().withLaChildId(child.laChildId()).named("Annie", "Second").input(), "b"))
            .isInstanceOf(StaleChildRecordException.class)
            .hasMessageContaining("Someone else changed this child's record");
        assertThat(records.view(id, "a").summary().fullName()).isEqualTo("Anna First");
    }

    @Test
    void aRestrictedRecordIsSeenByTheNamedUserOnlyAndOthersAreRefusedAsNotFound() {
        var named = users.withRoles(Roles.CHAIR);
        var otherChair = users.withRoles(Roles.CHAIR);
        ChildRecordView created = records.create(aChild().input());
        ChildId id = created.summary().id();
        records.changeAccess(id, created.version(), true, Set.of(named.username().toUpperCase()), named.username(), false);

        assertThat(records.view(id, named.username()).allowedUsers()).containsExactly(named.username());
        assertThatThrownBy(() -> records.view(id, otherChair.username())).isInstanceOf(ChildNotFoundException.class);
        assertThat(audit(id.value())).contains("CHILD_ACCESS_CHANGED SUCCESS", "CHILD_VIEWED DENIED");
        assertThat(directory.canAccess(id, named.username())).isTrue();
        assertThat(directory.canAccess(id, otherChair.username())).isFalse();
        assertThatThrownBy(() -> directory.checkAccess(id, otherChair.username()))
            .isInstanceOf(ChildNotFoundException.class);
        assertThat(audit(id.value())).contains("CHILD_ACCESS_CHECKED DENIED");
    }

    @Test
    void anAdministratorWhoIsNotNamedCanHandTheRecordOnButNotReadIt() {
        var leaver = users.withRoles(Roles.CHAIR);
        var successor = users.withRoles(Roles.CHAIR);
        ChildRecordView created = records.create(aChild().input());
        ChildId id = created.summary().id();
        ChildAccessView restricted = records.changeAccess(id, created.version(), true, Set.of(leaver.username()),
                leaver.username(), false);

        assertThatThrownBy(() -> records.view(id, "admin")).isInstanceOf(ChildNotFoundException.class);
        assertThatThrownBy(() -> records.changeAccess(id, restricted.version(), true, Set.of(successor.username()),
                "another-chair", false)).isInstanceOf(ChildNotFoundException.class);
        records.changeAccess(id, restricted.version(), true, Set.of(successor.username()), "admin", true);

        assertThat(directory.canAccess(id, successor.username())).isTrue();
        assertThat(directory.canAccess(id, leaver.username())).isFalse();
    }

    @Test
    void restrictingNeedsAtLeastOneKnownUser() {
        ChildRecordView created = records.create(aChild().input());
        ChildId id = created.summary().id();
        assertThatThrownBy(() -> records.changeAccess(id, created.version(), true, Set.of(), "a", false))
            .hasMessage("Name at least one user who may see a restricted record");
        assertThatThrownBy(() -> records.changeAccess(id, created.version(), true, Set.of("nobody-called-this"), "a", false))
            .hasMessage("There is no user called nobody-called-this");
        assertThat(directory.get(id).restricted()).isFalse();
    }

    @Test
    void findsByPartOfANameInAnyCaseAndAuditsTheFieldsNotTheValues() {
        String surname = ChildFixture.uniqueSurname();
        ChildRecordView ann = records.create(aChild().named("Annabel", surname).input());
        ChildRecordView bob = records.create(aChild().named("Bob", surname).input());

        ChildSearchResult result = finder.search(new ChildSearch("ANNA " + surname.substring(2, 8).toLowerCase(),
                null, null, null, null), "anyone");

        assertThat(result.children()).extracting(c -> c.id()).containsExactly(ann.summary().id());
        assertThat(result.more()).isFalse();
        String detail = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'CHILDREN_SEARCHED' AND record_type = 'Child' "
                + "ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(detail).isEqualTo("fields=name; results=" + ann.id()).doesNotContain(surname);
        assertThat(finder.search(new ChildSearch(surname, null, null, null, null), "x").children())
            .extracting(c -> c.firstName()).containsExactly("Annabel", "Bob");
        assertThat(bob.summary().restricted()).isFalse();
    }

    @Test
    void findsByIdentifiersAndDateOfBirthAsPeopleTypeThem() {
        ChildFixture fixture = aChild().bornOn(LocalDate.of(2016, 2, 29)).withNhsNumber("4010232137")
            .withUpn("G938012345678");
        ChildRecordView child = records.create(fixture.input());

        assertThat(ids(new ChildSearch(null, " " + fixture.laChildId().toLowerCase(), null, null, null))).containsExactly(child.id());
        assertThat(ids(new ChildSearch(null, null, "g938012345678", null, null))).containsExactly(child.id());
        assertThat(ids(new ChildSearch(null, null, null, "401 023 2137", null))).containsExactly(child.id());
        assertThat(ids(new ChildSearch(fixture.lastName(), null, null, null, LocalDate.of(2016, 2, 29)))).containsExactly(child.id());
        assertThat(ids(new ChildSearch(fixture.lastName(), null, null, null, LocalDate.of(2016, 3, 1)))).isEmpty();
    }

    @Test
    void searchLeavesOutRestrictedRecordsTheUserIsNotNamedOn() {
        var named = users.withRoles(Roles.CHAIR);
        String surname = ChildFixture.uniqueSurname();
        ChildRecordView hidden = records.create(aChild().named("Hidden", surname).input());
        records.changeAccess(hidden.summary().id(), hidden.version(), true, Set.of(named.username()), named.username(), false);
        ChildRecordView open = records.create(aChild().named("Open", surname).input());

        assertThat(ids(new ChildSearch(surname, null, null, null, null), "someone-else")).containsExactly(open.id());
        assertThat(ids(new ChildSearch(surname, null, null, null, null), named.username()))
            .containsExactlyInAnyOrder(open.id(), hidden.id());
    }

    @Test
    void searchNeedsSomethingToSearchByAndTreatsWildcardsLiterally() {
        assertThatThrownBy(() -> finder.search(new ChildSearch(" ", "", null, null, null), "x"))
            .isInstanceOf(ChildValidationException.class);
        assertThat(finder.search(new ChildSearch("%", null, null, null, null), "x").children()).isEmpty();
    }

    @Test
    void searchResultsAreBoundedAndSayWhenThereAreMore() {
        String surname = ChildFixture.uniqueSurname();
        for (int i = 0; i < ChildFinder.LIMIT + 1; i++) {
            records.create(aChild().named("Child", surname).input());
        }
        ChildSearchResult result = finder.search(new ChildSearch(surname, null, null, null, null), "x");
        assertThat(result.children()).hasSize(ChildFinder.LIMIT);
        assertThat(result.more()).isTrue();
    }

    @Test
    void theDirectoryGivesOtherModulesASummaryOrNotFound() {
        ChildRecordView created = records.create(aChild().named("Dee", "Summary").bornOn(LocalDate.of(2020, 1, 1)).input());
        ChildId id = created.summary().id();

        assertThat(directory.get(id).fullName()).isEqualTo("Dee Summary");
        assertThat(directory.get(id).ageOn(LocalDate.of(2024, 1, 1))).hasValue(4);
        assertThat(directory.find(new ChildId(Long.MAX_VALUE))).isEmpty();
        assertThatThrownBy(() -> directory.get(new ChildId(Long.MAX_VALUE))).isInstanceOf(ChildNotFoundException.class);
        assertThat(directory.canAccess(new ChildId(Long.MAX_VALUE), "x")).isFalse();
    }

    private List<Long> ids(ChildSearch search) {
        return ids(search, "anyone");
    }

    private List<Long> ids(ChildSearch search, String username) {
        return finder.search(search, username).children().stream().map(c -> c.id().value()).toList();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM child").query(Long.class).single();
    }

    private List<String> audit(long childId) {
        return jdbc.sql("SELECT action, outcome FROM audit_entry WHERE record_type = 'Child' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(childId))
            .query((rs, n) -> rs.getString("action") + " " + rs.getString("outcome"))
            .list();
    }
}
