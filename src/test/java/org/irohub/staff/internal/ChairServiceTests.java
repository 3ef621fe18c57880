package org.irohub.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import org.irohub.identity.Roles;
import org.irohub.staff.ChairConflict;
import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairProfile;
import org.irohub.staff.ConflictReason;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IroHubTest
class ChairServiceTests {

    @Autowired
    ChairService chairs;

    @Autowired
    ChairDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ChairDetails partTimer(String name, String username) {
        return ChairDetails.parse(name, username, "IRO Team North", "0.5", List.of("MONDAY", "TUESDAY", "WEDNESDAY"),
                "2");
    }

    @Test
    void addsAChairAndAuditsIt() {
        Chair created = chairs.create(partTimer(unique("Pat Chair"), null));

        Chair stored = chairs.get(created.getId());
        assertThat(stored.getFte()).isEqualByComparingTo("0.50");
        assertThat(stored.getWorkingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(stored.getMaxConferencesPerDay()).isEqualTo(2);
        assertThat(stored.isActive()).isTrue();
        assertThat(auditActions(created.getId())).containsExactly("CHAIR_CREATED");
    }

    @Test
    void linksAChairToAnExistingUserOnlyOnce() {
        var user = users.withRoles(Roles.CHAIR);
        Chair linked = chairs.create(partTimer(unique("Linked"), user.username().toUpperCase()));

        assertThat(linked.getUsername()).isEqualTo(user.username().toLowerCase());
        assertThat(directory.findByUsername(user.username().toUpperCase())).map(ChairProfile::id)
            .contains(new ChairId(linked.getId()));
        assertThatThrownBy(() -> chairs.create(partTimer(unique("Second"), user.username())))
            .isInstanceOf(StaffValidationException.class)
            .hasMessageContaining("is already linked to the user");
    }

    @Test
    void refusesAUsernameNoUserHasAndWritesNothing() {
        String name = unique("Nobody");
        assertThatThrownBy(() -> chairs.create(partTimer(name, "no.such.user.anywhere")))
            .isInstanceOf(StaffValidationException.class)
            .extracting(e -> ((StaffValidationException) e).field())
            .isEqualTo("username");
        assertThat(chairs.all()).noneMatch(c -> c.getName().equals(name));
    }

    @Test
    void changesTheWorkingPatternAndAuditsIt() {
        Chair created = chairs.create(partTimer(unique("Pat"), null));

        Chair updated = chairs.update(created.getId(), created.getVersion(),
                ChairDetails.parse(created.getName(), null, "IRO Team South", "0.8",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), "3"));

        assertThat(updated.getTeam()).isEqualTo("IRO Team South");
        assertThat(chairs.get(created.getId()).getWorkingDays()).hasSize(4);
        assertThat(auditActions(created.getId())).containsExactly("CHAIR_CREATED", "CHAIR_UPDATED");
        assertThat(chairs.teams()).contains("IRO Team South");
    }

    @Test
    void theSecondOfTwoEditsFromOneVersionIsRefusedAndTheFirstKept() {
        Chair created = chairs.create(partTimer(unique("Pat"), null));
        int versionBothSaw = created.getVersion();
        chairs.update(created.getId(), versionBothSaw,
                ChairDetails.parse(created.getName(), null, "First Edit Team", "0.5", List.of("MONDAY"), "3"));

        assertThatThrownBy(() -> chairs.update(created.getId(), versionBothSaw,
                ChairDetails.parse(created.getName(), null, "Second Edit Team", "1.0", List.of("FRIDAY"), "3")))
            .isInstanceOf(StaffValidationException.class)
            .hasMessageContaining("Someone else changed this chair");
        assertThat(chairs.get(created.getId()).getTeam()).isEqualTo("First Edit Team");
        assertThat(auditActions(created.getId())).containsExactly("CHAIR_CREATED", "CHAIR_UPDATED");
    }

    @Test
    void recordsAndRemovesConflictsWithAnAuditRowEach() {
        Chair chair = chairs.create(partTimer(unique("Pat"), null));
        chair = chairs.addConflict(chair.getId(), chair.getVersion(), "Sam Smith", "Social worker", "Assessment East",
                "LINE_MANAGEMENT");
        chair = chairs.addConflict(chair.getId(), null, null, null, "Disabled Children", "OPERATIONAL_INVOLVEMENT");

        assertThat(chairs.get(chair.getId()).getConflicts()).containsExactly(
                new ChairConflict("Sam Smith", "Social worker", "Assessment East", ConflictReason.LINE_MANAGEMENT),
                ChairConflict.wholeTeam("Disabled Children", ConflictReason.OPERATIONAL_INVOLVEMENT));

        chair = chairs.removeConflict(chair.getId(), chair.getVersion(), 0);

        assertThat(chairs.get(chair.getId()).getConflicts()).extracting(ChairConflict::team).containsExactly("Disabled Children");
        assertThat(auditActions(chair.getId())).containsExactly("CHAIR_CREATED", "CHAIR_CONFLICT_ADDED",
                "CHAIR_CONFLICT_ADDED", "CHAIR_CONFLICT_REMOVED");
    }

    @Test
    void refusesAConflictWithoutAPersonOrTeamOrReason() {
        Chair chair = chairs.create(partTimer(unique("Pat"), null));

        assertThatThrownBy(() -> chairs.addConflict(chair.getId(), chair.getVersion(), " ", null, "", "BECAUSE"))
            .isInstanceOf(StaffValidationException.class)
            .satisfies(e -> assertThat(((StaffValidationException) e).errors()).containsOnlyKeys("personName", "reason"));
        assertThat(chairs.get(chair.getId()).getConflicts()).isEmpty();
        assertThat(chairs.get(chair.getId()).getVersion()).isEqualTo(chair.getVersion());
    }

    @Test
    void aChairWhoLeavesIsKeptButNoLongerActive() {
        Chair chair = chairs.create(partTimer(unique("Leaver"), null));
        ChairId id = new ChairId(chair.getId());
        assertThat(directory.activeChairs()).extracting(ChairProfile::id).contains(id);

        Chair left = chairs.changeStatus(chair.getId(), chair.getVersion(), false);

        assertThat(directory.activeChairs()).extracting(ChairProfile::id).doesNotContain(id);
        assertThat(directory.find(id)).map(ChairProfile::active).contains(false);
        chairs.changeStatus(chair.getId(), left.getVersion(), true);
        assertThat(directory.find(id)).map(ChairProfile::active).contains(true);
        assertThat(auditActions(chair.getId())).containsExactly("CHAIR_CREATED", "CHAIR_LEFT", "CHAIR_RETURNED");
    }

    @Test
    void theDirectoryGivesOtherModulesTheWholeProfile() {
        Chair chair = chairs.create(partTimer(unique("Profiled"), null));
        chairs.addConflict(chair.getId(), null, "Jo Bell", null, null, "OPERATIONAL_INVOLVEMENT");

        ChairProfile profile = directory.find(new ChairId(chair.getId())).orElseThrow();

        assertThat(profile.name()).isEqualTo(chair.getName());
        assertThat(profile.fte()).isEqualByComparingTo("0.5");
        assertThat(profile.maxConferencesPerDay()).isEqualTo(2);
        assertThat(profile.worksOn(java.time.LocalDate.of(2025, 3, 3))).isTrue();
        assertThat(profile.worksOn(java.time.LocalDate.of(2025, 3, 7))).isFalse();
        assertThat(profile.conflicts()).containsExactly(ChairConflict.person("Jo Bell", ConflictReason.OPERATIONAL_INVOLVEMENT));
        assertThat(directory.find(new ChairId(Long.MAX_VALUE))).isEmpty();
        assertThat(directory.findByUsername(" ")).isEmpty();
    }

    @Test
    void anUnknownChairIsNotFound() {
        assertThatThrownBy(() -> chairs.get(Long.MAX_VALUE)).isInstanceOf(StaffNotFoundException.class);
    }

    private List<String> auditActions(long chairId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'Chair' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(chairId))
            .query(String.class)
            .list();
    }
}
