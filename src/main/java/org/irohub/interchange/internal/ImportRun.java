package org.irohub.interchange.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irohub.bulk.GrowingTables;
import org.irohub.children.ChildId;
import org.irohub.children.ChildImports;
import org.irohub.children.ImportedChildren;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportSummary;
import org.irohub.protection.HistoryImportResult;
import org.irohub.protection.HistoryImports;
import org.irohub.protection.ImportedHistory;

/**
 * The writing side of one import: each chunk {@link ChunkReader} hands on is written with batched SQL by the
 * modules' bulk loaders, in the caller's transaction, with its findings and the links from the import to the
 * children it touched.
 */
final class ImportRun {

    /** The modules' bulk loaders and the module's own tables. */
    record Stores(ChildImports children, HistoryImports history, EpisodeStore episodes, ImportRecords records,
            PlannerStatistics statistics) {
    }

    private final ImportId id;
    private final String username;
    private final Stores stores;
    private final Set<Long> linked = new HashSet<>();
    private int findingCount;
    private GrowingTables growth;
    private final int[] created = new int[4];

    ImportRun(ImportId id, String username, Stores stores) {
        this.id = id;
        this.username = username;
        this.stores = stores;
    }

    void write(ChunkReader.Chunk chunk) {
        List<MappedChild> children = chunk.children();
        if (!children.isEmpty()) {
            if (growth == null) {
                growth = stores.statistics().watch();
                growth.refresh();
            }
            ImportedChildren written = stores.children().upsert(children.stream().map(MappedChild::child).toList());
            Map<String, ChildId> ids = written.ids();
            List<ImportedHistory> histories = children.stream()
                .map(c -> c.history(ids.get(c.laChildId()).value(), written.created().contains(ids.get(c.laChildId()))))
                .toList();
            HistoryImportResult history = stores.history().merge(histories, username);
            stores.episodes().merge(children, ids, written.created(), history);
            Map<Long, Boolean> links = new HashMap<>();
            for (MappedChild c : children) {
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
            growth.refresh();
        }
        stores.records().addFindings(id, findingCount, chunk.findings());
        findingCount += chunk.findings().size();
    }

    /** What was new to IRO Hub. */
    ImportSummary created() {
        return new ImportSummary(created[0], created[1], created[2], created[3]);
    }

    int findingCount() {
        return findingCount;
    }
}
