package org.irohub.calendar.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.irohub.calendar.Timescale;
import org.irohub.calendar.TimescaleId;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The shipped timescales with any {@code irohub.timescales.<key>: <amount>} from the configuration applied.
 * A key that names no timescale, or a value the {@link TimescaleChangePolicy} refuses, stops the start-up:
 * a mistyped deadline must not go unnoticed.
 */
public final class ConfiguredTimescales {

    static final String PREFIX = "irohub.timescales";

    private ConfiguredTimescales() {
    }

    public static Map<TimescaleId, Timescale> from(Environment environment) {
        Map<String, Integer> overrides = Binder.get(environment)
            .bind(PREFIX, Bindable.mapOf(String.class, Integer.class))
            .orElse(Map.of());
        return apply(overrides);
    }

    static Map<TimescaleId, Timescale> apply(Map<String, Integer> overrides) {
        Map<TimescaleId, Timescale> result = new EnumMap<>(TimescaleCatalogue.defaults());
        overrides.forEach((key, amount) -> {
            TimescaleId id = TimescaleId.ofKey(key)
                .orElseThrow(() -> new IllegalStateException(PREFIX + "." + key + " names no timescale; use one of "
                        + java.util.Arrays.stream(TimescaleId.values()).map(TimescaleId::key).collect(Collectors.joining(", "))));
            Timescale shipped = TimescaleCatalogue.defaults().get(id);
            TimescaleChangePolicy.refusal(shipped, amount).ifPresent(reason -> {
                throw new IllegalStateException(PREFIX + "." + key + " = " + amount + " is refused: " + reason);
            });
            result.put(id, shipped.withAmount(amount));
        });
        return result;
    }
}
