package org.irohub.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A strategy discussion (or meeting) about one child or siblings. When it starts a section 47 enquiry, an
 * initial conference is requested at once, due 15 working days later; the date the IRO service heard of it
 * shows whether notification was late.
 */
public class StrategyDiscussion {

    @Id
    private Long id;
    private final LocalDate heldOn;
    private final boolean section47Started;
    private final LocalDate notifiedOn;
    private final String recordedBy;
    private final Instant recordedAt;
    @Version
    private Integer version;
    private Set<DiscussedChild> children;

    @PersistenceCreator
    StrategyDiscussion(Long id, LocalDate heldOn, boolean section47Started, LocalDate notifiedOn, String recordedBy,
            Instant recordedAt, Integer version, Set<DiscussedChild> children) {
        this.id = id;
        this.heldOn = heldOn;
        this.section47Started = section47Started;
        this.notifiedOn = notifiedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
        this.children = children == null ? new HashSet<>() : new HashSet<>(children);
    }

    static StrategyDiscussion record(Collection<Long> childIds, LocalDate heldOn, boolean section47Started,
            LocalDate notifiedOn, String recordedBy, Instant now) {
        Set<DiscussedChild> discussed = new HashSet<>();
        childIds.forEach(c -> discussed.add(new DiscussedChild(c)));
        return new StrategyDiscussion(null, heldOn, section47Started, notifiedOn, recordedBy, now, null, discussed);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isSection47Started() {
        return section47Started;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Long> getChildIds() {
        return children.stream().map(DiscussedChild::childId).sorted().toList();
    }
}
