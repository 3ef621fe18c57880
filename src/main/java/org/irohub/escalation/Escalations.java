package org.irohub.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.irohub.children.ChildId;
import org.irohub.children.SiblingGroupId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Escalations with their children and stages, saved whole with an optimistic version check. */
@Repository
class Escalations {

    private final JdbcClient jdbc;

    Escalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Escalation save(Escalation e) {
        if (e.getId() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO escalation (kind, child_id, raised_by, raised_on, agency, theme, description, status,
                        highest_stage, formal_limit, closed_on, resolution, sibling_group_id, version)
                    VALUES (:kind, :child, :by, :on, :agency, :theme, :description, :status, :highest, :limit,
                        :closed, :resolution, :group, 0)""")
                .param("kind", e.getKind().name()).param("child", e.getChildId().value())
                .param("group", e.isForSiblingGroup() ? e.getSiblingGroup().value() : null, Types.BIGINT)
                .param("by", e.getRaisedBy()).param("on", e.getRaisedOn()).param("agency", e.getAgency())
                .param("theme", e.getTheme()).param("description", e.getDescription())
                .param("status", e.getStatus().name()).param("highest", e.highestStage().name())
                .param("limit", e.getFormalLimit()).param("closed", e.getClosedOn())
                .param("resolution", e.getResolution())
                .update(keys, "id");
            e.assignId(keys.getKeyAs(Number.class).longValue());
            int position = 0;
            for (ChildId child : e.getChildIds()) {
                jdbc.sql("INSERT INTO escalation_child (escalation_id, child_id, position) VALUES (:id, :child, :position)")
                    .param("id", e.getId().value()).param("child", child.value()).param("position", position++)
                    .update();
            }
        }
        else {
            int updated = jdbc.sql("""
                    UPDATE escalation SET status = :status, highest_stage = :highest, formal_limit = :limit,
                        closed_on = :closed, resolution = :resolution, version = version + 1
                    WHERE id = :id AND version = :version""")
                .param("status", e.getStatus().name()).param("highest", e.highestStage().name())
                .param("limit", e.getFormalLimit()).param("closed", e.getClosedOn())
                .param("resolution", e.getResolution()).param("id", e.getId().value())
                .param("version", e.getVersion())
                .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Escalation " + e.getId() + " changed meanwhile");
            }
            e.nextVersion();
            jdbc.sql("DELETE FROM escalation_stage WHERE escalation_id = :id").param("id", e.getId().value()).update();
        }
        int position = 0;
        for (EscalationStage s : e.getStages()) {
            jdbc.sql("""
                    INSERT INTO escalation_stage (escalation_id, position, stage, started_on, due_date, with_name,
                        with_role, with_agency, skip_reason, response, responded_on)
                    VALUES (:id, :position, :stage, :started, :due, :name, :role, :agency, :skip, :response, :responded)""")
                .param("id", e.getId().value()).param("position", position++).param("stage", s.stage().name())
                .param("started", s.startedOn()).param("due", s.dueDate()).param("name", s.with().name())
                .param("role", s.with().role()).param("agency", s.with().agency()).param("skip", s.skipReason())
                .param("response", s.response()).param("responded", s.respondedOn())
                .update();
        }
        return e;
    }

    Optional<Escalation> findById(EscalationId id) {
        return jdbc.sql("SELECT * FROM escalation WHERE id = :id").param("id", id.value())
            .query(this::map).optional();
    }

    /** The escalations about the child, whether as the lead child or as a sibling in a group escalation. */
    List<Escalation> findByChild(ChildId child) {
        return jdbc.sql("""
                SELECT * FROM escalation WHERE id IN (SELECT escalation_id FROM escalation_child WHERE child_id = :child)
                ORDER BY raised_on DESC, id DESC""")
            .param("child", child.value()).query(this::map).list();
    }

    List<Escalation> findOpen() {
        return jdbc.sql("SELECT * FROM escalation WHERE status = 'OPEN' ORDER BY raised_on, id").query(this::map).list();
    }

    private Escalation map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<EscalationStage> stages = jdbc.sql("SELECT * FROM escalation_stage WHERE escalation_id = :id ORDER BY position")
            .param("id", id)
            .query((s, n) -> new EscalationStage(Stage.valueOf(s.getString("stage")), date(s, "started_on"),
                    date(s, "due_date"),
                    new StageContact(s.getString("with_name"), s.getString("with_role"), s.getString("with_agency")),
                    s.getString("skip_reason"), s.getString("response"), date(s, "responded_on")))
            .list();
        ChildId lead = new ChildId(rs.getLong("child_id"));
        List<ChildId> children = jdbc.sql("SELECT child_id FROM escalation_child WHERE escalation_id = :id ORDER BY position")
            .param("id", id)
            .query((c, n) -> new ChildId(c.getLong(1)))
            .list();
        long group = rs.getLong("sibling_group_id");
        SiblingGroupId siblingGroup = rs.wasNull() ? null : new SiblingGroupId(group);
        return new Escalation(id, rs.getInt("version"), new EscalationChildren(lead, children, siblingGroup),
                EscalationKind.valueOf(rs.getString("kind")), rs.getString("raised_by"), date(rs, "raised_on"),
                rs.getString("agency"), rs.getString("theme"), rs.getString("description"),
                EscalationStatus.valueOf(rs.getString("status")), stages, date(rs, "formal_limit"),
                date(rs, "closed_on"), rs.getString("resolution"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
