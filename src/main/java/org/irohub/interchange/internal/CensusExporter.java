package org.irohub.interchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamException;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildExtract;
import org.irohub.children.ChildExtracts;
import org.irohub.children.ChildId;
import org.irohub.interchange.CensusExports;
import org.irohub.interchange.internal.MappedChild.CensusFacts;
import org.irohub.protection.CensusHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CensusExports}: the children with child protection activity or an episode of need in the year ending on
 * the reference date, a chunk at a time, in one read-only transaction so the return is one consistent picture.
 * Restricted records are included: the return is statutory and carries identifiers and dates, not names. One
 * audit entry records the export and how many children it held.
 */
@Service
public class CensusExporter implements CensusExports {

    private static final int CHUNK = 500;

    private final CensusHistory history;
    private final ChildExtracts children;
    private final EpisodeReads episodes;
    private final AuditLog audit;
    private final InterchangeProperties properties;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    CensusExporter(CensusHistory history, ChildExtracts children, EpisodeReads episodes, AuditLog audit,
            InterchangeProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.history = history;
        this.children = children;
        this.episodes = episodes;
        this.audit = audit;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public void write(LocalDate referenceDate, OutputStream out) {
        int written = readOnly.execute(status -> {
            try {
                return export(referenceDate, out);
            }
            catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException("Could not write the census return", e));
            }
        });
        audit.record(AuditEvent.success("CIN_CENSUS_EXPORTED", "CensusReturn", referenceDate)
            .withDetail("children " + written));
    }

    /** The number of children a return for the year would hold. */
    public int childrenIn(LocalDate referenceDate) {
        return readOnly.execute(status -> candidates(referenceDate).size());
    }

    private int export(LocalDate referenceDate, OutputStream out) throws XMLStreamException {
        LocalDate from = referenceDate.minusYears(1).plusDays(1);
        List<Long> ids = candidates(referenceDate);
        String lea = properties.lea() != null ? properties.lea() : episodes.lastLea();
        int written = 0;
        try (CensusWriter writer = new CensusWriter(out)) {
            writer.start(referenceDate, lea == null ? "000" : lea, LocalDateTime.now(clock));
            for (int i = 0; i < ids.size(); i += CHUNK) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
                Map<Long, CensusHistory.Child> histories = history.of(chunk);
                Map<Long, List<EpisodeReads.StoredEpisode>> stored = episodes.episodes(chunk);
                Map<Long, CensusFacts> facts = episodes.facts(chunk);
                for (ChildExtract child : children.of(chunk.stream().map(ChildId::new).toList())) {
                    long id = child.id().value();
                    var returned = ReturnChild.of(child, histories.get(id), stored.getOrDefault(id, List.of()),
                            facts.get(id), from, referenceDate);
                    if (returned.isPresent()) {
                        writer.child(returned.get());
                        written++;
                    }
                }
            }
            writer.finish();
        }
        return written;
    }

    private List<Long> candidates(LocalDate referenceDate) {
        LocalDate from = referenceDate.minusYears(1).plusDays(1);
        TreeSet<Long> ids = new TreeSet<>(history.childrenActiveBetween(from, referenceDate));
        ids.addAll(episodes.childrenWithEpisodesBetween(from, referenceDate));
        return new ArrayList<>(ids);
    }
}
