package org.irohub.interchange.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.ImportSummary;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;

/**
 * The reading side of an import: each child is parsed, checked against the DfE rules and mapped as it streams
 * past, and handed on with the others of its chunk of {@value #CHUNK}, so memory holds a chunk or two, never the
 * file. It touches no database, so it can run on its own thread while the chunk before is written.
 */
final class ChunkReader {

    static final int CHUNK = 250;
    static final String DUPLICATE = "IRO-DUP";

    /** Children to write together, and the findings made while reading them. */
    record Chunk(List<MappedChild> children, List<ImportFinding> findings) {
    }

    private final WorkingDayCalendar calendar;
    private final Consumer<Chunk> next;
    private CensusHeader header = CensusHeader.NONE;
    private CensusRules rules;
    private ReturnTotals totals;
    private List<MappedChild> chunk = new ArrayList<>(CHUNK);
    private List<ImportFinding> findings = new ArrayList<>();
    private final Set<String> inChunk = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private int children;
    private int plans;
    private int conferences;
    private int reviews;

    ChunkReader(WorkingDayCalendar calendar, Consumer<Chunk> next) {
        this.calendar = calendar;
        this.next = next;
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
        // A child's second entry goes in a later chunk, which merges it with what the first wrote.
        if (!inChunk.add(child.laChildId())) {
            handOn();
            inChunk.add(child.laChildId());
        }
        chunk.add(child);
        plans += child.plans().size();
        conferences += child.conferences();
        reviews += child.reviews();
        if (chunk.size() >= CHUNK) {
            handOn();
        }
    }

    /** Hands on the last chunk with the findings about the return as a whole. */
    void finish() {
        totals.finding().ifPresent(findings::add);
        handOn();
    }

    CensusHeader header() {
        return header;
    }

    /** What the return held (each child once, however often it appears). */
    ImportSummary summary() {
        return new ImportSummary(children, plans, conferences, reviews);
    }

    private void handOn() {
        if (!chunk.isEmpty() || !findings.isEmpty()) {
            next.accept(new Chunk(chunk, findings));
            chunk = new ArrayList<>(CHUNK);
            findings = new ArrayList<>();
        }
        inChunk.clear();
    }
}
