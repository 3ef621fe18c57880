package org.irohub.calendar.internal;

import org.irohub.calendar.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code irohub.calendar.region}: whose bank holidays count. A value that is not a GOV.UK division stops the
 * application starting, since every deadline it computes would otherwise be wrong without anyone noticing.
 */
@ConfigurationProperties("irohub.calendar")
public record CalendarProperties(String region) {

    public CalendarProperties {
        if (region == null || region.isBlank()) {
            region = Region.ENGLAND_AND_WALES.division();
        }
        String given = region.strip();
        if (Region.ofDivision(given).isEmpty()) {
            throw new IllegalArgumentException("irohub.calendar.region is '" + given + "' but must be one of "
                    + Region.allDivisions());
        }
        region = given;
    }

    public Region configuredRegion() {
        return Region.ofDivision(region).orElseThrow();
    }
}
