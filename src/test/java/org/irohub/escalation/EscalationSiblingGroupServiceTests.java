package org.irohub.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Raising one escalation for a sibling group: stored once with every child, the lead child first, shown on each
 * child's record, audited on each child's record, counted once; refused for a child who is not in a group.
 */
@IroHubTest
class EscalationSiblingGroupServiceTests {

    @Autowired
    EscalationService escalations;

    @Autowired
    Escalations repository;

    @Autowired
    EscalationReports reports;

    @Autowired
    EscalationChildNames names;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    SiblingGroupService siblingGroups;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    String chair;

    @BeforeEach
    void aChair() {
        chair = users.withRoles(Roles.CHAIR).username();
    }

    private ChildRecordView aChild() {
        return childRecords.create(ChildFixture.aChild().input());
    }

    /** The children in one sibling group, in the order given. */
    private List<ChildRecordView> siblings(int count) {
        List<ChildRecordView> group = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            group.add(aChild());
        }
        for (int i = 1; i < count; i++) {
            siblingGroups.addSibling(new ChildId(group.get(0).id()), group.get(i).summary().laChildId(), chair);
        }
        return group;
    }

    private Escalation raise(ChildRecordView child, boolean wholeGroup, LocalDate on) {
        return escalations.raise(new NewEscalation(child.id(), EscalationKind.QPR, on, "CHILDRENS_SOCIAL_CARE",
                "DRIFT_AND_DELAY", "Plan drifting for all three", null, null, null, wholeGroup), chair);
    }

    private int childAudits(String action, long child) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = :action AND record_type = 'Child' AND record_id = :id""")
            .param("action", action).param("id", String.valueOf(child)).query(Integer.class).single();
    }

    /** Restricts an unrestricted child's record to the named users. */
    private void restrict(ChildRecordView child, String... to) {
        int version = childRecords.view(id(child), chair).version();
        childRecords.changeAccess(id(child), version, true, Set.of(to), chair, false);
    }

    private static ChildId id(ChildRecordView c) {
        return new ChildId(c.id());
    }

    @Test
    void raisesOneEscalationAboutTheWholeGroupWithTheLeadChildFirst() {
        List<ChildRecordView> group = siblings(3);
        ChildRecordView lead = group.get(1);

        Escalation e = raise(lead, true, LocalDate.of(2019, 6, 3));

        List<ChildId> others = group.stream().filter(c -> c != lead).map(EscalationSiblingGroupServiceTests::id)
            .sorted(Comparator.comparingLong(ChildId::value)).toList();
        assertThat(e.getChildId()).isEqualTo(id(lead));
        assertThat(e.getChildIds()).containsExactly(id(lead), others.get(0), others.get(1));
        assertThat(e.isForSiblingGroup()).isTrue();
        Escalation stored = repository.findById(e.getId()).orElseThrow();
        assertThat(stored.getChildIds()).isEqualTo(e.getChildIds());
        assertThat(stored.getSiblingGroup()).isEqualTo(e.getSiblingGroup());
        for (ChildRecordView child : group) {
            assertThat(repository.findByChild(id(child))).extracting(Escalation::getId).containsExactly(e.getId());
            assertThat(childAudits("ESCALATION_RAISED", child.id())).isEqualTo(1);
        }
    }

    @Test
    void eachChangeIsAuditedOnEveryChildsRecord() {
        List<ChildRecordView> group = siblings(2);
        Escalation e = raise(group.get(0), true, LocalDate.of(2019, 6, 3));

        escalations.escalate(e.getId(), new StageChange(Stage.STAGE_1, LocalDate.of(2019, 6, 4), null, null), chair);
        escalations.resolve(e.getId(), new Closing(LocalDate.of(2019, 6, 5), "Plan reviewed"), chair);

        for (ChildRecordView child : group) {
            assertThat(childAudits("ESCALATION_ESCALATED", child.id())).isEqualTo(1);
            assertThat(childAudits("ESCALATION_RESOLVED", child.id())).isEqualTo(1);
        }
    }

    @Test
    void withoutTheChoiceAnEscalationOnAChildWithSiblingsIsAboutThatChildAlone() {
        List<ChildRecordView> group = siblings(2);

        Escalation e = raise(group.get(0), false, LocalDate.of(2019, 6, 3));

        assertThat(e.getChildIds()).containsExactly(id(group.get(0)));
        assertThat(e.isForSiblingGroup()).isFalse();
        assertThat(repository.findByChild(id(group.get(1)))).isEmpty();
    }

    @Test
    void refusesTheWholeGroupForAChildWhoIsNotInOneAndWritesNothing() {
        ChildRecordView alone = aChild();

        assertThatThrownBy(() -> raise(alone, true, LocalDate.of(2019, 6, 3)))
            .isInstanceOfSatisfying(EscalationException.class, ex -> {
                assertThat(ex.kind()).isEqualTo(EscalationException.Kind.INVALID);
                assertThat(ex.field()).isEqualTo("siblingGroup");
            });
        assertThat(repository.findByChild(id(alone))).isEmpty();
        assertThat(childAudits("ESCALATION_RAISED", alone.id())).isZero();
    }

    @Test
    void aSiblingTheChairMayNotSeeIsLeftOutAndOthersSeeTheChairsOnesAsRestricted() {
        List<ChildRecordView> group = siblings(3);
        String other = users.withRoles(Roles.CHAIR).username();
        ChildRecordView hidden = group.get(2);
        restrict(hidden, other);
        ChildRecordView seen = group.get(1);
        restrict(seen, chair);

        Escalation e = raise(group.get(0), true, LocalDate.of(2019, 6, 3));

        assertThat(e.getChildIds()).containsExactly(id(group.get(0)), id(seen));
        assertThat(repository.findByChild(id(hidden))).isEmpty();
        assertThat(escalations.siblingsToRaiseFor(id(group.get(0)), chair)).extracting(s -> s.id())
            .containsExactly(id(seen));
        // the other chair may see the lead child but not the sibling restricted to the raising chair
        assertThat(names.of(escalations.view(e.getId(), other), other)).extracting(NamedChild::hidden)
            .containsExactly(false, true);
    }

    @Test
    void aUserWhoMaySeeOnlyASiblingStillSeesTheEscalationWithTheLeadChildRestricted() {
        List<ChildRecordView> group = siblings(2);
        Escalation e = raise(group.get(0), true, LocalDate.of(2019, 6, 3));
        String named = users.withRoles(Roles.CHAIR).username();
        String other = users.withRoles(Roles.CHAIR).username();
        restrict(group.get(0), chair, named);

        List<NamedChild> seen = names.of(escalations.view(e.getId(), other), other);

        assertThat(seen).extracting(NamedChild::nameOrRestricted)
            .containsExactly(NamedChild.RESTRICTED, group.get(1).summary().fullName());
        assertThat(escalations.open(other)).extracting(Escalation::getId).contains(e.getId());
        assertThat(names.of(escalations.view(e.getId(), named), named)).noneMatch(NamedChild::hidden);
    }

    @Test
    void aGroupEscalationIsCountedOnceInTheFigures() {
        // 1998/99 is a year no other test raises escalations in, so the totals are only these
        List<ChildRecordView> group = siblings(3);
        raise(group.get(0), true, LocalDate.of(1998, 5, 11));
        raise(group.get(2), false, LocalDate.of(1998, 11, 2));

        EscalationSummary summary = reports.summary(LocalDate.of(1998, 4, 1), LocalDate.of(1999, 3, 31));

        assertThat(summary.totals().total()).isEqualTo(2);
        assertThat(summary.byQuarter()).extracting(EscalationSummary.QuarterCounts::total).containsExactly(1L, 0L,
                1L, 0L);
        assertThat(summary.byAgency()).containsEntry("CHILDRENS_SOCIAL_CARE", 2L);
        assertThat(summary.byChair()).containsEntry(chair, 2L);
    }
}
