package org.irohub.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * OpenAPI description of {@code /api}. The roles an operation needs are read from its {@code @PreAuthorize},
 * the rule that is enforced, so the documentation cannot drift from the code.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Bean
    OpenAPI iroHubOpenApi() {
        return new OpenAPI()
            .info(new Info().title("IRO Hub API")
                .version("v1")
                .description("Child protection conferences, escalations and figures of an IRO service. "
                        + "Authenticate with HTTP Basic (service accounts) or a signed-in browser session. "
                        + "Errors are RFC 9457 problem details."))
            .components(new Components().addSecuritySchemes("basic",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OperationCustomizer rolesFromPreAuthorize() {
        return (operation, handler) -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            if (rule != null) {
                String roles = "Roles: " + describe(rule.value()) + ".";
                String description = operation.getDescription();
                if (description == null || !description.startsWith("Roles:")) {
                    operation.setDescription(description == null ? roles : roles + " " + description);
                }
            }
            return operation;
        };
    }

    static String describe(String expression) {
        if (expression.contains("isAuthenticated()")) {
            return "any signed-in user";
        }
        if (expression.contains("permitAll()")) {
            return "none (public)";
        }
        List<String> roles = new ArrayList<>();
        Matcher m = ROLE.matcher(expression);
        while (m.find()) {
            roles.add(m.group(1));
        }
        return String.join(", ", roles);
    }
}
