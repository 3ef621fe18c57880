package org.irohub.children.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.audit.AuditOutcome;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.children.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds children for a user. Restricted records the user is not named on are left out in the query itself,
 * so neither the list nor its length reveals them. Lists are bounded, and each search is audited with the
 * fields used (not the values typed) and the ids of the children listed.
 */
@Service
public class ChildFinder {

    public static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ChildFinder(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** @throws ChildValidationException when nothing was given to search by */
    @Transactional
    public ChildSearchResult search(ChildSearch search, String username) {
        if (search.isEmpty()) {
            throw new ChildValidationException("name", "Enter a name, LA child id, UPN, NHS number or date of birth");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("(c.restricted = FALSE OR EXISTS (SELECT 1 FROM child_access_grant g "
                + "WHERE g.child = c.id AND LOWER(g.username) = LOWER(:username)))");
        params.put("username", username);
        List<String> words = search.nameWords();
        for (int i = 0; i < words.size(); i++) {
            where.add("(LOWER(c.first_name) LIKE :w" + i + " ESCAPE '\\' OR LOWER(c.last_name) LIKE :w" + i
                    + " ESCAPE '\\')");
            params.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        addEquals(where, params, "c.la_child_id", "laChildId", search.normalisedLaChildId());
        addEquals(where, params, "c.upn", "upn", search.normalisedUpn());
        addEquals(where, params, "c.nhs_number", "nhsNumber", search.normalisedNhsNumber());
        addEquals(where, params, "c.date_of_birth", "dateOfBirth",
                search.dateOfBirth() == null ? null : Date.valueOf(search.dateOfBirth()));
        String sql = """
                SELECT c.id, c.la_child_id, c.first_name, c.last_name, c.date_of_birth, c.expected_date_of_birth,
                       c.sex, c.restricted
                FROM child c WHERE %s
                ORDER BY LOWER(c.last_name), LOWER(c.first_name), c.id
                LIMIT %d""".formatted(String.join(" AND ", where), LIMIT + 1);
        List<ChildSummary> found = jdbc.sql(sql).params(params).query((rs, n) -> new ChildSummary(
                new ChildId(rs.getLong("id")), rs.getString("la_child_id"), rs.getString("first_name"),
                rs.getString("last_name"), localDate(rs.getDate("date_of_birth")),
                localDate(rs.getDate("expected_date_of_birth")), Sex.valueOf(rs.getString("sex")),
                rs.getBoolean("restricted"))).list();
        boolean more = found.size() > LIMIT;
        List<ChildSummary> shown = more ? found.subList(0, LIMIT) : found;
        auditLog.record(new AuditEvent("CHILDREN_SEARCHED", ChildRecords.RECORD_TYPE, null,
                AuditOutcome.SUCCESS, "fields=" + String.join(",", search.fieldsUsed())
                        + "; results=" + shown.stream().map(c -> c.id().toString()).collect(Collectors.joining(","))));
        return new ChildSearchResult(List.copyOf(shown), more);
    }

    private static void addEquals(List<String> where, Map<String, Object> params, String column, String param,
            Object value) {
        if (value != null) {
            where.add(column + " = :" + param);
            params.put(param, value);
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static java.time.LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
