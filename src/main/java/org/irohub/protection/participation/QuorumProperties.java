package org.irohub.protection.participation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code irohub.quorum.*}: the local quoracy rule (default: social care plus two others, health counting once). */
@ConfigurationProperties("irohub.quorum")
record QuorumProperties(@DefaultValue("2") int otherAgenciesRequired, @DefaultValue("true") boolean healthCountsOnce) {
}
