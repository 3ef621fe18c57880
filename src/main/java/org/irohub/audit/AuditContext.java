package org.irohub.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Works out who is acting and through which channel from the security context and the current request. */
final class AuditContext {

    static final String SYSTEM_ACTOR = "system";

    private AuditContext() {
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return currentRequest() == null ? SYSTEM_ACTOR : "anonymous";
        }
        return auth.getName();
    }

    static AuditChannel currentChannel() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return AuditChannel.SYSTEM;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? AuditChannel.API : AuditChannel.PAGE;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
