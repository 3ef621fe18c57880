package org.irohub.interchange;

import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The child protection parts of a CIN census return for the year ending on a reference date (normally
 * 31 March), valid against the DfE's 2025-26 schema ({@code Sex}, yes/no as 1/0). Importing what it writes into
 * the same records changes nothing.
 */
public interface CensusExports {

    /**
     * Streams the return; does not close {@code out}.
     *
     * @throws java.io.UncheckedIOException when {@code out} cannot be written
     */
    void write(LocalDate referenceDate, OutputStream out);
}
