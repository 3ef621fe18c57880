package org.irohub.protection.minutes;

import org.irohub.calendar.Timescales;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MinutesConfiguration {

    @Bean
    MinutesTimescalePolicy minutesTimescalePolicy(Timescales timescales) {
        return new MinutesTimescalePolicy(timescales::dueDate);
    }
}
