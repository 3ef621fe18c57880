package org.irohub.children.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.children.ChildFixture.aChild;

import java.util.Set;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildNotFoundException;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IroHubTest
class SiblingGroupServiceTests {

    @Autowired
    SiblingGroupService siblings;

    @Autowired
    ChildRecords records;

    @Autowired
    ChildDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private ChildRecordView aRecordedChild() {
        return records.create(aChild().input());
    }

    @Test
    void addingASiblingFormsAGroupOfTwoThatBothShare() {
        ChildRecordView ann = aRecordedChild();
        ChildRecordView bob = aRecordedChild();

        siblings.addSibling(ann.summary().id(), " " + bob.summary().laChildId().toLowerCase(), "x");

        assertThat(directory.siblingsOf(ann.summary().id())).containsExactly(bob.summary().id());
        assertThat(directory.siblingsOf(bob.summary().id())).containsExactly(ann.summary().id());
        assertThat(directory.siblingGroupOf(ann.summary().id())).isPresent()
            .isEqualTo(directory.siblingGroupOf(bob.summary().id()));
        assertThat(siblings.siblingsVisibleTo(ann.summary().id(), "x")).extracting(s -> s.id())
            .containsExactly(bob.summary().id());
        assertThat(auditActions(bob.id())).contains("SIBLING_GROUP_JOINED");
        assertThat(auditActions(ann.id())).contains("SIBLING_GROUP_JOINED", "SIBLINGS_LISTED");
    }

    @Test
    void aThirdSiblingJoinsTheExistingGroup() {
        ChildRecordView ann = aRecordedChild();
        ChildRecordView bob = aRecordedChild();
        ChildRecordView cat = aRecordedChild();
        siblings.addSibling(ann.summary().id(), bob.summary().laChildId(), "x");

        siblings.addSibling(bob.summary().id(), cat.summary().laChildId(), "x");

        assertThat(directory.siblingsOf(ann.summary().id())).containsExactly(bob.summary().id(), cat.summary().id());
    }

    @Test
    void aChildIsInAtMostOneGroup() {
        ChildRecordView ann = aRecordedChild();
        ChildRecordView bob = aRecordedChild();
        ChildRecordView cat = aRecordedChild();
        ChildRecordView dan = aRecordedChild();
        siblings.addSibling(ann.summary().id(), bob.summary().laChildId(), "x");
        siblings.addSibling(cat.summary().id(), dan.summary().laChildId(), "x");

        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), cat.summary().laChildId(), "x"))
            .isInstanceOf(ChildValidationException.class)
            .hasMessageContaining("already in another sibling group");
        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), bob.summary().laChildId(), "x"))
            .hasMessageContaining("already in this sibling group");
        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), ann.summary().laChildId(), "x"))
            .hasMessageContaining("already in this sibling group");
        assertThat(directory.siblingsOf(cat.summary().id())).containsExactly(dan.summary().id());
    }

    @Test
    void aChildCannotBeTheirOwnSibling() {
        ChildRecordView ann = aRecordedChild();
        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), ann.summary().laChildId(), "x"))
            .hasMessage("A child cannot be their own sibling");
    }

    @Test
    void removingTheLastButOneDissolvesTheGroup() {
        ChildRecordView ann = aRecordedChild();
        ChildRecordView bob = aRecordedChild();
        ChildRecordView cat = aRecordedChild();
        siblings.addSibling(ann.summary().id(), bob.summary().laChildId(), "x");
        siblings.addSibling(ann.summary().id(), cat.summary().laChildId(), "x");

        siblings.removeSibling(ann.summary().id(), cat.summary().id(), "x");
        assertThat(directory.siblingsOf(ann.summary().id())).containsExactly(bob.summary().id());
        assertThat(directory.siblingGroupOf(cat.summary().id())).isEmpty();

        siblings.removeSibling(ann.summary().id(), bob.summary().id(), "x");
        assertThat(directory.siblingGroupOf(ann.summary().id())).isEmpty();
        assertThat(directory.siblingsOf(bob.summary().id())).isEmpty();
        assertThat(auditActions(cat.id())).contains("SIBLING_GROUP_LEFT");
    }

    @Test
    void aRestrictedSiblingIsNeitherFoundNorListedForSomeoneNotNamed() {
        var named = users.withRoles(Roles.CHAIR);
        ChildRecordView ann = aRecordedChild();
        ChildRecordView hidden = aRecordedChild();
        records.changeAccess(hidden.summary().id(), hidden.version(), true, Set.of(named.username()),
                named.username(), false);

        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), hidden.summary().laChildId(), "someone"))
            .hasMessage("There is no child with LA child id " + hidden.summary().laChildId());
        assertThat(auditActions(hidden.id())).contains("SIBLING_ADDED");

        siblings.addSibling(ann.summary().id(), hidden.summary().laChildId(), named.username());
        assertThat(siblings.siblingsVisibleTo(ann.summary().id(), "someone")).isEmpty();
        assertThat(siblings.siblingsVisibleTo(ann.summary().id(), named.username())).hasSize(1);
        assertThatThrownBy(() -> siblings.siblingsVisibleTo(hidden.summary().id(), "someone"))
            .isInstanceOf(ChildNotFoundException.class);
    }

    @Test
    void anUnknownLaChildIdIsNamedInTheRefusal() {
        ChildRecordView ann = aRecordedChild();
        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), "NOSUCH0001", "x"))
            .hasMessage("There is no child with LA child id NOSUCH0001");
        assertThatThrownBy(() -> siblings.addSibling(ann.summary().id(), "", "x"))
            .hasMessage("Enter the LA child id");
        assertThat(directory.siblingGroupOf(new ChildId(ann.id()))).isEmpty();
    }

    private java.util.List<String> auditActions(long childId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'Child' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(childId))
            .query(String.class)
            .list();
    }
}
