package org.irohub.scheduling.internal;

import org.irohub.staff.CaseloadMeasure;
import org.irohub.staff.ChairIndependencePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The suggestion policy as a bean, with the independence rule and caseload band the staff module configures. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    ChairSuggestionPolicy chairSuggestionPolicy(ChairIndependencePolicy independence, CaseloadMeasure caseload) {
        return new ChairSuggestionPolicy(independence, caseload);
    }
}
