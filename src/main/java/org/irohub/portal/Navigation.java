package org.irohub.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.irohub.identity.Roles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The links each user sees, by role. Used by the layout as {@code @navigation}; it only shows what the user's
 * roles allow, while the routes themselves enforce the same roles.
 */
@Component("navigation")
public class Navigation {

    private record Link(String label, String href, Set<String> roles) {
    }

    private static final Set<String> EVERYONE = Set.copyOf(Roles.ALL);
    private static final Set<String> CASE_WORKERS = Set.of(Roles.IRO_MANAGER, Roles.CHAIR, Roles.BUSINESS_SUPPORT,
            Roles.ADMIN);
    private static final Set<String> STAFF_READERS = Set.of(Roles.IRO_MANAGER, Roles.CHAIR, Roles.BUSINESS_SUPPORT,
            Roles.ADMIN);

    private static final List<Link> LINKS = List.of(
            new Link("Home", "/", EVERYONE),
            new Link("My conferences", "/my-conferences", Set.of(Roles.CHAIR)),
            new Link("Allocation", "/allocation", Set.of(Roles.IRO_MANAGER)),
            new Link("Bookings", "/bookings", Set.of(Roles.BUSINESS_SUPPORT, Roles.IRO_MANAGER)),
            new Link("Minutes", "/minutes", Set.of(Roles.BUSINESS_SUPPORT, Roles.IRO_MANAGER)),
            new Link("Escalations", "/escalations", Set.of(Roles.CHAIR, Roles.IRO_MANAGER)),
            new Link("Escalation reports", "/escalations/report", Set.of(Roles.PERFORMANCE_VIEWER)),
            new Link("Scorecard", "/scorecard", Set.of(Roles.IRO_MANAGER, Roles.PERFORMANCE_VIEWER, Roles.ADMIN)),
            new Link("CIN census", "/imports", Set.of(Roles.IRO_MANAGER, Roles.ADMIN)),
            new Link("Children", "/children", CASE_WORKERS),
            new Link("Chairs", "/staff/chairs", STAFF_READERS),
            new Link("Venues", "/staff/venues", STAFF_READERS),
            new Link("Timescales", "/settings/timescales", EVERYONE),
            new Link("Bank holidays", "/admin/bank-holidays", Set.of(Roles.ADMIN)),
            new Link("Late reasons", "/admin/late-reasons", Set.of(Roles.ADMIN)),
            new Link("Users", "/admin/users", Set.of(Roles.ADMIN)),
            new Link("Audit log", "/audit", Set.of(Roles.AUDITOR, Roles.ADMIN)),
            new Link("API", "/swagger-ui.html", EVERYONE));

    public List<NavigationItem> items() {
        Set<String> roles = currentRoles();
        if (roles.isEmpty()) {
            return List.of();
        }
        String path = currentPath();
        List<NavigationItem> items = new ArrayList<>();
        for (Link link : LINKS) {
            if (link.roles().stream().anyMatch(roles::contains)) {
                boolean current = link.href().equals("/") ? path.equals("/") : path.startsWith(link.href());
                items.add(new NavigationItem(link.label(), link.href(), current));
            }
        }
        return items;
    }

    public String userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn(auth) ? auth.getName() : null;
    }

    static Set<String> currentRoles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn(auth)) {
            return Set.of();
        }
        return auth.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean signedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return "";
    }
}
