package org.irohub.interchange.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(InterchangeProperties.class)
class InterchangeConfiguration {
}
