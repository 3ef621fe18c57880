package org.irohub.staff.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.irohub.staff.ChairConflict;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairProfile;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A chair (IRO). Changes go through the methods below, which take already-checked {@link ChairDetails}; a
 * chair who leaves is kept (inactive) so past conferences still name them.
 */
public class Chair {

    /** Conflicts in a stable order, so a page can remove "the third one" and mean the one it showed. */
    static final Comparator<ChairConflict> CONFLICT_ORDER = Comparator
        .comparing((ChairConflict c) -> c.isWholeTeam() ? 1 : 0)
        .thenComparing(c -> (c.isWholeTeam() ? c.team() : c.personName()).toLowerCase(Locale.ROOT))
        .thenComparing(ChairConflict::reason);

    @Id
    private Long id;
    private String name;
    private String username;
    private String team;
    private BigDecimal fte;
    private int maxConferencesPerDay;
    private boolean active;
    @Version
    private Integer version;
    @MappedCollection
    private Set<ChairWorkingDay> workingDays;
    @MappedCollection
    private Set<Conflict> conflicts;

    @PersistenceCreator
    Chair(Long id, String name, String username, String team, BigDecimal fte, int maxConferencesPerDay,
            boolean active, Integer version, Set<ChairWorkingDay> workingDays, Set<Conflict> conflicts) {
        this.id = id;
        this.name = name;
        this.username = username;
        this.team = team;
        this.fte = fte;
        this.maxConferencesPerDay = maxConferencesPerDay;
        this.active = active;
        this.version = version;
        this.workingDays = workingDays == null ? new HashSet<>() : new HashSet<>(workingDays);
        this.conflicts = conflicts == null ? new HashSet<>() : new HashSet<>(conflicts);
    }

    static Chair create(ChairDetails details) {
        Chair chair = new Chair(null, null, null, null, null, 0, true, null, Set.of(), Set.of());
        chair.change(details);
        return chair;
    }

    void change(ChairDetails details) {
        name = details.name();
        username = details.username();
        team = details.team();
        fte = details.fte();
        maxConferencesPerDay = details.maxConferencesPerDay();
        workingDays = details.workingDays().stream().map(ChairWorkingDay::new).collect(Collectors.toCollection(HashSet::new));
    }

    /** @return false when the same conflict is already recorded */
    boolean addConflict(ChairConflict conflict) {
        return conflicts.add(Conflict.of(conflict));
    }

    ChairConflict removeConflict(int index) {
        List<ChairConflict> shown = getConflicts();
        if (index < 0 || index >= shown.size()) {
            throw new StaffValidationException("conflicts", "That conflict is no longer recorded. Reload the page");
        }
        ChairConflict removed = shown.get(index);
        conflicts.remove(Conflict.of(removed));
        return removed;
    }

    void leave() {
        active = false;
    }

    void returnToService() {
        active = true;
    }

    public ChairProfile toProfile() {
        return new ChairProfile(new ChairId(id), name, username, team, fte, getWorkingDays(), maxConferencesPerDay,
                getConflicts(), active);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getTeam() {
        return team;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public int getMaxConferencesPerDay() {
        return maxConferencesPerDay;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getVersion() {
        return version;
    }

    /** In week order, Monday first. */
    public Set<DayOfWeek> getWorkingDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workingDays.forEach(d -> days.add(d.dayOfWeek()));
        return days;
    }

    public List<ChairConflict> getConflicts() {
        return conflicts.stream().map(Conflict::toChairConflict).sorted(CONFLICT_ORDER).toList();
    }
}
