package org.irohub.protection;

import java.time.LocalDate;

import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.Timescales;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    @Bean
    ConferenceTimescalePolicy conferenceTimescalePolicy(Timescales timescales) {
        return new ConferenceTimescalePolicy(new DueDates() {
            @Override
            public LocalDate due(TimescaleId timescale, LocalDate basis) {
                return timescales.dueDate(timescale, basis);
            }

            @Override
            public LocalDate preBirthFirstReviewDue(LocalDate icpc, LocalDate birthOrNull) {
                return timescales.preBirthFirstReviewDue(icpc, birthOrNull);
            }
        });
    }
}
