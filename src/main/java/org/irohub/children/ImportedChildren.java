package org.irohub.children;

import java.util.Map;
import java.util.Set;

/** What {@link ChildImports#upsert} did: the record of each LA child id, and which of them it created. */
public record ImportedChildren(Map<String, ChildId> ids, Set<ChildId> created) {

    public ImportedChildren {
        ids = Map.copyOf(ids);
        created = Set.copyOf(created);
    }
}
