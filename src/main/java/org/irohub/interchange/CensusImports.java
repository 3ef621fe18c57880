package org.irohub.interchange;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Importing CIN census returns (2015-16 onwards: {@code GenderCurrent} or {@code Sex}) into IRO Hub's records.
 * The file is read twice, streaming: first to refuse anything that is not a well-formed, safe census file
 * (DOCTYPE, entities, oversized or too deeply nested elements) before anything is written, then to write it
 * in one transaction, so a refused or failed import leaves nothing behind. Importing the same return again
 * changes nothing; the next year's return merges with what is held. Imports run one at a time.
 */
public interface CensusImports {

    /** Starts the import in the background and returns at once; the file must stay until the import ends. */
    ImportId submit(Path xml, String username);

    /** Imports in the calling thread and returns the finished report (COMPLETED or FAILED). */
    ImportReport runNow(Path xml, String username);

    /** The report with every finding, or empty when there is no such import. */
    Optional<ImportReport> find(ImportId id);
}
