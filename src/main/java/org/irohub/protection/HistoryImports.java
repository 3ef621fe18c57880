package org.irohub.protection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.irohub.bulk.BulkRows;
import org.irohub.calendar.WorkingDays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading of child protection history from CIN census returns, a chunk of children at a time with batched
 * SQL in the caller's transaction. Every record is matched with what is already held, so importing the same
 * return twice changes nothing and the next year's return merges: a strategy discussion is the same when child
 * and day match, a conference when child, type and day match, a plan when child and start day match (its end
 * date and latest category are brought up to date and its reviews united).
 * <p>
 * What is written is what the census says happened, as held conferences: an initial conference per
 * {@code DateOfInitialCPC}, due 15 working days after the section 47 enquiry started (or on the day, with no
 * enquiry, when it is not in the ICPC timeliness measure); a review conference per {@code CPPreviewDate}, with
 * the DfE due date in {@code plan_review}. Not audited per record: the importer audits the import as a whole.
 */
@Service
public class HistoryImports {

    static final int ICPC_WORKING_DAYS = 15;

    private final HistoryRows rows;
    private final NamedParameterJdbcTemplate named;
    private final WorkingDays workingDays;
    private final Clock clock;

    HistoryImports(JdbcTemplate jdbc, BulkRows bulk, WorkingDays workingDays, Clock clock) {
        this.rows = new HistoryRows(bulk);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** @param recordedBy who imported the return, recorded on each strategy discussion created */
    @Transactional
    public HistoryImportResult merge(List<ImportedHistory> histories, String recordedBy) {
        Set<Long> children = histories.stream().filter(h -> !h.newChild()).map(ImportedHistory::childId)
            .collect(Collectors.toSet());
        ExistingHistory held = ExistingHistory.of(named, children);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return new HistoryMerge(rows, held, workingDays.calendar(), recordedBy, now).run(histories);
    }
}
