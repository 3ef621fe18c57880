package org.irohub.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local targets with their RAG boundaries, set by managers and administrators; each change is audited. */
@Service
public class Targets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Targets(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<Indicator, Target> all() {
        Map<Indicator, Target> targets = new EnumMap<>(Indicator.class);
        jdbc.sql("SELECT indicator, direction, green_from, amber_from FROM scorecard_target")
            .query((rs, n) -> {
                Target.Direction direction = Target.Direction.valueOf(rs.getString(2));
                BigDecimal green = rs.getBigDecimal(3);
                BigDecimal amber = rs.getBigDecimal(4);
                return Indicator.ofId(rs.getString(1))
                    .map(i -> targets.put(i, new Target(i, direction, scaled(i, green), scaled(i, amber))));
            })
            .list();
        return targets;
    }

    @Transactional(readOnly = true)
    public Optional<Target> find(Indicator indicator) {
        return Optional.ofNullable(all().get(indicator));
    }

    /**
     * @throws ScorecardException naming the field: a breakdown has no target; direction must be given; green must
     *             be at least as good as amber; a percentage lies between 0 and 100
     */
    @Transactional
    public Target set(Indicator indicator, String direction, BigDecimal green, BigDecimal amber, String username) {
        if (indicator.kind() == Indicator.Kind.BY_CATEGORY) {
            throw ScorecardException.invalid("indicator", indicator.id() + " is a breakdown and has no single target");
        }
        Target.Direction d;
        try {
            d = Target.Direction.valueOf(direction == null ? "" : direction.trim());
        }
        catch (IllegalArgumentException e) {
            throw ScorecardException.invalid("direction", "Say whether HIGHER_IS_BETTER or LOWER_IS_BETTER");
        }
        checkFigure(indicator, green, "green");
        checkFigure(indicator, amber, "amber");
        boolean ordered = d == Target.Direction.HIGHER_IS_BETTER ? green.compareTo(amber) >= 0
                : green.compareTo(amber) <= 0;
        if (!ordered) {
            throw ScorecardException.invalid("amber", d == Target.Direction.HIGHER_IS_BETTER
                    ? "Where higher is better, amber must start at or below green"
                    : "Where lower is better, amber must start at or above green");
        }
        Optional<Target> before = find(indicator);
        jdbc.sql("DELETE FROM scorecard_target WHERE indicator = :id").param("id", indicator.id()).update();
        jdbc.sql("""
                INSERT INTO scorecard_target (indicator, direction, green_from, amber_from, set_by, set_at)
                VALUES (:id, :direction, :green, :amber, :user, :at)
                """)
            .param("id", indicator.id())
            .param("direction", d.name())
            .param("green", green)
            .param("amber", amber)
            .param("user", username)
            .param("at", OffsetDateTime.now(clock))
            .update();
        Target target = new Target(indicator, d, green, amber);
        audit.record(AuditEvent.success("SCORECARD_TARGET_SET", "ScorecardTarget", indicator.id())
            .withDetail(describe(target) + before.map(b -> " (was " + describe(b) + ")").orElse(" (was none)")));
        return target;
    }

    @Transactional
    public void remove(Indicator indicator, String username) {
        int removed = jdbc.sql("DELETE FROM scorecard_target WHERE indicator = :id").param("id", indicator.id()).update();
        if (removed == 0) {
            throw ScorecardException.notFound("indicator", indicator.id() + " has no target");
        }
        audit.record(AuditEvent.success("SCORECARD_TARGET_REMOVED", "ScorecardTarget", indicator.id()));
    }

    /** A figure as an indicator can have it: not negative, one decimal at most, a percentage at most 100. */
    static BigDecimal checkFigure(Indicator indicator, BigDecimal value, String field) {
        if (indicator.kind() == Indicator.Kind.BY_CATEGORY) {
            throw ScorecardException.invalid(field, indicator.id() + " is a breakdown, not a single figure");
        }
        if (value == null) {
            throw ScorecardException.invalid(field, "Enter a number");
        }
        if (value.signum() < 0) {
            throw ScorecardException.invalid(field, "A figure cannot be negative");
        }
        if (value.stripTrailingZeros().scale() > (indicator.kind() == Indicator.Kind.COUNT ? 0 : 1)) {
            throw ScorecardException.invalid(field, indicator.kind() == Indicator.Kind.COUNT
                    ? "A count is a whole number" : "Give the figure to one decimal place at most");
        }
        if (indicator.kind() == Indicator.Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
            throw ScorecardException.invalid(field, "A percentage is at most 100");
        }
        return scaled(indicator, value);
    }

    /** A count as a whole number, a percentage or rate with its one decimal, however the column holds it. */
    static BigDecimal scaled(Indicator indicator, BigDecimal value) {
        return value.setScale(indicator.kind() == Indicator.Kind.COUNT ? 0 : 1, java.math.RoundingMode.HALF_UP);
    }

    private static String describe(Target t) {
        return t.direction() + " green " + t.green().toPlainString() + " amber " + t.amber().toPlainString();
    }
}
