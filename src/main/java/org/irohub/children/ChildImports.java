package org.irohub.children;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irohub.bulk.BulkRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading of children from a CIN census return: thousands at a time with batched SQL, in the caller's
 * transaction. A child not yet known is created without a name; a known child keeps what IRO Hub holds and only
 * has blanks (UPN, ethnicity, disability) filled in, so re-importing a return changes nothing. Not audited per
 * child: the importer records one audit entry for the whole import and links every child it touched to it.
 */
@Service
public class ChildImports {

    private record Known(ChildId id, String upn, String ethnicity, Boolean disability) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final BulkRows bulk;
    private final Clock clock;

    ChildImports(JdbcTemplate jdbc, BulkRows bulk, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.bulk = bulk;
        this.clock = clock;
    }

    /** Later entries for the same LA child id are ignored: the importer merges a child's entries first. */
    @Transactional
    public ImportedChildren upsert(Collection<ImportedChild> children) {
        Map<String, ImportedChild> byLaId = new LinkedHashMap<>();
        children.forEach(c -> byLaId.putIfAbsent(c.laChildId().value(), c));
        if (byLaId.isEmpty()) {
            return new ImportedChildren(Map.of(), Set.of());
        }
        Map<String, Known> known = known(byLaId.keySet());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<ImportedChild> fresh = byLaId.values().stream().filter(c -> !known.containsKey(c.laChildId().value())).toList();
        List<Long> freshIds = insert(fresh, now);
        fillBlanks(byLaId, known, now);

        Map<String, ChildId> ids = new HashMap<>();
        known.forEach((la, k) -> ids.put(la, k.id()));
        Set<ChildId> created = new HashSet<>();
        for (int i = 0; i < fresh.size(); i++) {
            ChildId id = new ChildId(freshIds.get(i));
            ids.put(fresh.get(i).laChildId().value(), id);
            created.add(id);
        }
        return new ImportedChildren(ids, created);
    }

    private Map<String, Known> known(Collection<String> laChildIds) {
        Map<String, Known> known = new HashMap<>();
        named.query("SELECT id, la_child_id, upn, ethnicity, disability FROM child WHERE la_child_id IN (:ids)",
                Map.of("ids", laChildIds), rs -> {
                    known.put(rs.getString(2), new Known(new ChildId(rs.getLong(1)), rs.getString(3), rs.getString(4),
                            (Boolean) rs.getObject(5)));
                });
        return known;
    }

    private List<Long> insert(List<ImportedChild> fresh, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (ImportedChild c : fresh) {
            // Typed, so that no driver has to ask the database the type of a null.
            rows.add(new Object[] { c.laChildId().value(), new SqlParameterValue(Types.DATE, c.dateOfBirth()),
                    new SqlParameterValue(Types.DATE, c.expectedDateOfBirth()), c.sex().name(),
                    new SqlParameterValue(Types.VARCHAR, c.ethnicity() == null ? null : c.ethnicity().name()),
                    new SqlParameterValue(Types.BOOLEAN, c.disability()),
                    new SqlParameterValue(Types.VARCHAR, c.upn() == null ? null : c.upn().value()), now, now });
        }
        return bulk.insert("""
                INSERT INTO child (la_child_id, first_name, last_name, date_of_birth, expected_date_of_birth, sex,
                                   ethnicity, disability, upn, nhs_number, restricted, created_at, updated_at, version)
                VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, NULL, FALSE, ?, ?, 0)
                """, rows);
    }

    /** Only where a blank would be filled, so that a second import of the same return writes nothing. */
    private void fillBlanks(Map<String, ImportedChild> byLaId, Map<String, Known> known, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        known.forEach((la, k) -> {
            ImportedChild c = byLaId.get(la);
            String upn = k.upn() == null && c.upn() != null ? c.upn().value() : k.upn();
            String ethnicity = k.ethnicity() == null && c.ethnicity() != null ? c.ethnicity().name() : k.ethnicity();
            Boolean disability = k.disability() == null ? c.disability() : k.disability();
            if (!java.util.Objects.equals(upn, k.upn()) || !java.util.Objects.equals(ethnicity, k.ethnicity())
                    || !java.util.Objects.equals(disability, k.disability())) {
                rows.add(new Object[] { upn, ethnicity, disability, now, k.id().value() });
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE child SET upn = ?, ethnicity = ?, disability = ?, updated_at = ?, version = version + 1 "
                    + "WHERE id = ?", rows);
        }
    }
}
