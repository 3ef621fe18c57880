package org.irohub.escalation.web;

import java.time.LocalDate;

import org.irohub.escalation.Closing;

/**
 * The response to a stage as the API takes it: {@code response}, or {@code resolution} as the first version of
 * the API named it (still accepted so existing callers keep working).
 */
record StageResponseJson(LocalDate on, String response, String resolution) {

    Closing toClosing() {
        return new Closing(on, response != null ? response : resolution);
    }
}
