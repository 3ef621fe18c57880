package org.irohub.interchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.children.ChildId;
import org.irohub.children.ChildImports;
import org.irohub.children.ImportedChildren;
import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportSummary;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.protection.HistoryImportResult;
import org.irohub.protection.HistoryImports;
import org.irohub.protection.ImportedHistory;

/**
 * The writing pass of one import: each child is parsed, checked against the DfE rules and mapped as it streams
 * past, and written with the others of its chunk of {@value #CHUNK}, so memory holds one chunk, not the file.
 */
final class ImportRun {

    static final int CHUNK = 250;
    static final String DUPLICATE = "IRO-DUP";

    /** The modules' bulk loaders and the module's own tables. */
    record Stores(ChildImports children, HistoryImports history, EpisodeStore episodes, ImportRecords records,
            PlannerStatistics statistics) {
    }

    private final ImportId id;
    private final String username;
    private final Stores stores;
    private final WorkingDayCalendar calendar;
    private CensusHeader header = CensusHeader.NONE;
    private CensusRules rules;
    private ReturnTotals totals;
    private final List<MappedChild> chunk = new ArrayList<>(CHUNK);
    private final Set<String> inChunk = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<Long> linked = new HashSet<>();
    private final List<ImportFinding> findings = new ArrayList<>();
    private int findingCount;
    private int chunks;
    private int children;
    private int plans;
    private int conferences;
    private int reviews;
    private final int[] created = new int[4];

    ImportRun(ImportId id, String username, Stores stores, WorkingDayCalendar calendar) {
        this.id = id;
        this.username = username;
        this.stores = stores;
        this.calendar = calendar;
        header(CensusHeader.NONE);
    }

    void header(CensusHeader read) {
        header = read;
        rules = new CensusRules(read, calendar);
        totals = new ReturnTotals(read);
    }

    void child(Node node) {
        List<ImportFinding> found = new ArrayList<>();
        ChildRecord record = new ChildParser(found).parse(node);
        found.addAll(rules.check(record));
        totals.add(record);
        Optional<MappedChild> mapped = ChildMapping.map(record, found);
        findings.addAll(found);
        if (mapped.isEmpty()) {
            return;
        }
        MappedChild child = mapped.get();
        if (!seen.add(child.laChildId())) {
            findings.add(new ImportFinding(DUPLICATE, "The child appears more than once in the return; the entries "
                    + "were merged", record.laChildId()));
        }
        else {
            children++;
        }
        if (!inChunk.add(child.laChildId())) {
            flush();
            inChunk.add(child.laChildId());
        }
        chunk.add(child);
        plans += child.plans().size();
        conferences += child.conferences();
        reviews += child.reviews();
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    /** Writes the last chunk and the return-level finding; returns what the return held and what was new. */
    ImportSummary[] finish() {
        flush();
        totals.finding().ifPresent(f -> {
            findings.add(f);
            saveFindings();
        });
        return new ImportSummary[] { new ImportSummary(children, plans, conferences, reviews),
                new ImportSummary(created[0], created[1], created[2], created[3]) };
    }

    CensusHeader header() {
        return header;
    }

    int findingCount() {
        return findingCount;
    }

    private void flush() {
        if (!chunk.isEmpty()) {
            if (chunks == 0) {
                stores.statistics().refreshAfterChunk(0);
            }
            ImportedChildren written = stores.children().upsert(chunk.stream().map(MappedChild::child).toList());
            Map<String, ChildId> ids = written.ids();
            List<ImportedHistory> histories = chunk.stream()
                .map(c -> c.history(ids.get(c.laChildId()).value(), written.created().contains(ids.get(c.laChildId()))))
                .toList();
            HistoryImportResult history = stores.history().merge(histories, username);
            stores.episodes().merge(chunk, ids, written.created(), history);
            Map<Long, Boolean> links = new HashMap<>();
            for (MappedChild c : chunk) {
                ChildId child = ids.get(c.laChildId());
                if (linked.add(child.value())) {
                    links.put(child.value(), written.created().contains(child));
                }
            }
            stores.records().linkChildren(id, links);
            created[0] += written.created().size();
            created[1] += history.plansCreated();
            created[2] += history.conferencesCreated();
            created[3] += history.reviewsCreated();
            chunk.clear();
            inChunk.clear();
            stores.statistics().refreshAfterChunk(++chunks);
        }
        saveFindings();
    }

    private void saveFindings() {
        stores.records().addFindings(id, findingCount, findings);
        findingCount += findings.size();
        findings.clear();
    }
}
