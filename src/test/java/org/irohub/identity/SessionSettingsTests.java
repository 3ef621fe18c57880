package org.irohub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@IroHubTest
class SessionSettingsTests {

    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    @Value("${server.servlet.session.cookie.http-only}")
    boolean httpOnly;

    @Value("${server.servlet.session.cookie.same-site}")
    String sameSite;

    @Test
    void aSessionEndsAfterThirtyMinutesIdleAndItsCookieIsHiddenFromScriptsAndOtherSites() {
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(httpOnly).isTrue();
        assertThat(sameSite).isEqualToIgnoringCase("lax");
    }
}
