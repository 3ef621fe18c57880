package org.irohub.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff policies as beans, configured from {@code irohub.chairs.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChairsProperties.class)
class StaffConfiguration {

    @Bean
    ChairIndependencePolicy chairIndependencePolicy(ChairsProperties properties) {
        return new ChairIndependencePolicy(properties.independencePolicy());
    }

    @Bean
    CaseloadMeasure caseloadMeasure(ChairsProperties properties) {
        return new CaseloadMeasure(properties.caseloadMin(), properties.caseloadMax());
    }
}
