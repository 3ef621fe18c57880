package org.irohub.interchange.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code irohub.interchange.*}: the largest census file accepted (a 100,000-child return is about 100 MB), how
 * many imports may wait behind the running one, and the LEA code written in an export's header when no imported
 * return gave one.
 */
@ConfigurationProperties("irohub.interchange")
public record InterchangeProperties(DataSize maxFileSize, Integer queue, String lea) {

    public InterchangeProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofGigabytes(1) : maxFileSize;
        queue = queue == null ? 8 : queue;
        lea = lea == null || !lea.matches("\\d{3}") ? null : lea;
    }
}
