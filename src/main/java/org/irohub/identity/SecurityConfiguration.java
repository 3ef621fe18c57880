package org.irohub.identity;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Outside a short public list every request needs a signed-in user, and each controller
 * method names its roles with {@code @PreAuthorize} (a test fails the build for any that does not), so a route
 * nobody granted is refused. The API answers problem+json; pages redirect to sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = { "/sign-in", "/assets/**", "/govuk/**", "/static/**",
            "/favicon.ico", "/error", "/robots.txt" };

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        ProblemJson problems = new ProblemJson();
        http.securityMatcher("/actuator/**")
            .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .anyRequest()
                .hasRole(Roles.ADMIN))
            .httpBasic(b -> b.authenticationEntryPoint(problems))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .csrf(c -> c.disable())
            .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        ProblemJson problems = new ProblemJson();
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .httpBasic(b -> b.authenticationEntryPoint(problems))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            // A forged cross-site request rides on a browser's session cookie. A call with its own credentials,
            // or with no session at all (answered 401), has nothing to forge.
            .csrf(c -> c.ignoringRequestMatchers(carriesBasicCredentials(), request -> request.getRequestedSessionId() == null))
            .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/sign-in?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/sign-in?locked"));
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in").failureHandler(failure)
                .defaultSuccessUrl("/", false))
            .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut").deleteCookies("IROHUB_SESSION"))
            .sessionManagement(s -> s.invalidSessionUrl("/sign-in?timedOut"))
            .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
            .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }

    private static RequestMatcher carriesBasicCredentials() {
        return request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        };
    }

    /** Argon2id for new hashes; the prefix in each stored hash lets a stronger setting replace it later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(current,
                Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
