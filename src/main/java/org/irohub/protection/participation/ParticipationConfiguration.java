package org.irohub.protection.participation;

import org.irohub.calendar.Timescales;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuorumProperties.class)
class ParticipationConfiguration {

    @Bean
    QuorumPolicy quorumPolicy(QuorumProperties properties) {
        return new QuorumPolicy(properties.otherAgenciesRequired(), properties.healthCountsOnce());
    }

    @Bean
    ReportDueDates reportDueDates(Timescales timescales) {
        return new ReportDueDates(timescales::dueDate);
    }
}
