package org.irohub.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code irohub.chairs.*}: the independence rule in force and the caseload band per FTE. */
@ConfigurationProperties("irohub.chairs")
record ChairsProperties(@DefaultValue("STRICT") ChairIndependencePolicy.Mode independencePolicy,
        @DefaultValue("50") int caseloadMin, @DefaultValue("70") int caseloadMax) {
}
